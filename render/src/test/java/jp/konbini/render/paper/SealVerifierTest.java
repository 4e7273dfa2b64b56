package jp.konbini.render.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SealVerifierTest {

    private static final PaperTrials.Fixture F = PaperFixtures.F;
    private final SealVerifier verifier = new SealVerifier(List.of(new TrustedSealKey("052019", F.sealKeys().getPublic(), true)));

    @Test
    void aSealOfTheIssuingCityIsGenuine() {
        SealVerdict v = verifier.verify(PaperFixtures.SIGNER.sign("R08-1", F.front()));
        assertThat(v).isInstanceOfSatisfying(SealVerdict.Genuine.class, g -> {
            assertThat(g.payload().serial()).isEqualTo("R08-1");
            assertThat(g.payload().frontDigest()).isEqualTo(FrontDigest.of(F.front()));
        });
    }

    @Test
    void aChangedByteInTheCodeBreaksTheSignature() {
        byte[] seal = PaperFixtures.SIGNER.sign("R08-2", F.front());
        seal[20] ^= 1;
        assertThat(verifier.verify(seal)).isInstanceOf(SealVerdict.BadSignature.class);
    }

    @Test
    void aFrontAlteredAfterIssuanceNoLongerMatchesTheSignedDigest() {
        Gray altered = ScrambleImage.frontOf(SpecimenFront.image("改竄　次郎"));
        SealVerdict v = verifier.verify(PaperFixtures.SIGNER.sign("R08-3", F.front()));
        assertThat(((SealVerdict.Genuine) v).payload().frontDigest()).isNotEqualTo(FrontDigest.of(altered));
    }

    @Test
    void garbageIsNotASeal() {
        assertThat(verifier.verify(new byte[] {1, 2, 3})).isInstanceOf(SealVerdict.Malformed.class);
        assertThat(verifier.verify(new byte[0])).isInstanceOf(SealVerdict.Malformed.class);
    }

    @Test
    void theSealFitsTheCodeAreaAndReadsBack() {
        byte[] seal = PaperFixtures.SIGNER.sign("R08-052019-123456", F.front());
        assertThat(SealCode.read(SealCode.draw(seal, BackLayout.ROW_SIZE))).get().isEqualTo(seal);
    }
}

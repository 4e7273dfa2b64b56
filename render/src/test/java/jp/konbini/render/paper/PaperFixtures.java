package jp.konbini.render.paper;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.List;

/** Shared test material: one specimen front, a master key, a city seal key and a decoder trusting it. */
final class PaperFixtures {

    static final PaperTrials.Fixture F = new PaperTrials(42).fixture();
    static final SealSigner SIGNER = new SealSigner(F.sealKeys());
    static final SealVerifier VERIFIER = new SealVerifier(List.of(new TrustedSealKey("秋田市", F.sealKeys().getPublic(), true)));

    private PaperFixtures() {
    }

    static Gray panel(String serial) {
        return BackPanel.compose(F.front(), ScrambleKey.derive(F.master(), serial, 1), SIGNER.sign(serial, F.front()));
    }

    static KeyPair newSealKey() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static BackDecoder decoderTrusting(TrustedSealKey... keys) {
        return new BackDecoder(F.master(), new SealVerifier(List.of(keys)));
    }
}

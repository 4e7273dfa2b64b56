package jp.konbini.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import jp.konbini.crypto.card.PinResult;
import jp.konbini.node.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk's card comes from exactly one of --card and --reader; --card goes through the APDU applet. */
class CardSourceTest {
    @TempDir
    Path dir;

    @Test
    void neitherCardNorReaderIsABadCommandLine() {
        assertThatThrownBy(() -> CardSource.open(Optional.empty(), Optional.empty())).isInstanceOf(UsageException.class);
    }

    @Test
    void bothCardAndReaderIsABadCommandLine() {
        assertThatThrownBy(() -> CardSource.open(Optional.of("x.card"), Optional.of("Virtual PCD")))
                .isInstanceOf(UsageException.class);
    }

    @Test
    void aCardFileIsDrivenAsAJpkiCardThroughApdus() throws Exception {
        Path file = TestCards.create(dir);

        Card card = CardSource.open(Optional.of(file.toString()), Optional.empty());

        assertThat(card).isInstanceOf(JpkiCard.class);
        assertThat(card.certificate()).isEqualTo(TestCards.certificate(dir));
        assertThat(card.verifyPin(TestCards.PIN)).isEqualTo(new PinResult.Accepted());
    }
}

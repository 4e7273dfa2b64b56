package jp.konbini.crypto.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzz target: {@link CardFile#open} on any file. The kiosk opens whatever file it is pointed at; an edited or
 * damaged card must be refused with an {@link IOException} naming the file, never crash the kiosk or make it
 * spend unbounded time. The PIN check is not fuzzed here: it runs PBKDF2 on purpose. Seeds under
 * {@code CardFileFuzzTestInputs/cardFile} are demo cards (test data, PINs public).
 */
class CardFileFuzzTest {

    private static final Path FILE = tempFile();

    @FuzzTest
    void cardFile(byte[] content) throws IOException {
        Files.write(FILE, content);
        try {
            CardFile card = CardFile.open(FILE);
            assertThat(card.certificate()).isNotNull();
            assertThat(card.triesLeft()).isBetween(0, CardFile.MAX_TRIES);
        } catch (IOException e) {
            assertThat(e.getMessage()).startsWith(FILE.toString());
        }
    }

    private static Path tempFile() {
        try {
            Path p = Files.createTempFile("konbini-card-fuzz-", ".card");
            p.toFile().deleteOnExit();
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package jp.konbini.kiosk;

import java.io.IOException;
import java.nio.file.Path;
import jp.konbini.crypto.card.CardFile;
import jp.konbini.crypto.card.JpkiApplet;

/**
 * A card file from {@code tools pki init}, standing in for a card in a reader. The kiosk drives it
 * through the JPKI applet's APDUs, exactly as it drives a real card, so the emulation tests that path too.
 */
final class EmulatedCard {
    private EmulatedCard() {
    }

    /** Opens the card file and reads its certificate through APDUs; the PIN counter stays in the file. */
    static Card open(Path path) throws IOException {
        return JpkiCard.open(new JpkiApplet(CardFile.open(path)));
    }
}

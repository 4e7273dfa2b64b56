package jp.konbini.kiosk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import jp.konbini.node.UsageException;

/**
 * Where the kiosk's card is: an emulated card file ({@code --card}) answering APDUs in this process,
 * or a card in a PC/SC reader ({@code --reader}). Either way the kiosk speaks APDUs to it.
 */
final class CardSource {
    private CardSource() {
    }

    /**
     * Opens the one card named on the command line and reads its certificate.
     *
     * @throws UsageException unless exactly one of the two is given
     * @throws IOException if the card file, the reader or the card in it cannot be reached (said in words)
     * @throws CardAccessException if the card does not answer as a JPKI card
     */
    static Card open(Optional<String> cardFile, Optional<String> readerName) throws UsageException, IOException {
        if (cardFile.isPresent() == readerName.isPresent()) {
            throw new UsageException("give either --card FILE (an emulated card) or --reader NAME (a PC/SC reader)");
        }
        if (cardFile.isPresent()) {
            return EmulatedCard.open(Path.of(cardFile.get()));
        }
        return JpkiCard.open(SmartcardReader.connect(readerName.get()));
    }
}

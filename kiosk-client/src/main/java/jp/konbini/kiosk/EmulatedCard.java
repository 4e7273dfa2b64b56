package jp.konbini.kiosk;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import jp.konbini.crypto.card.CardFile;
import jp.konbini.crypto.card.PinResult;

/** A card file from {@code tools pki init}, standing in for a card in a reader. */
final class EmulatedCard implements Card {
    private final CardFile file;

    private EmulatedCard(CardFile file) {
        this.file = file;
    }

    static EmulatedCard open(Path path) throws IOException {
        return new EmulatedCard(CardFile.open(path));
    }

    @Override
    public X509Certificate certificate() {
        return file.certificate();
    }

    @Override
    public PinResult verifyPin(String pin) {
        return file.verifyPin(pin);
    }

    @Override
    public byte[] signDigestInfo(byte[] digestInfo) {
        return file.signDigestInfo(digestInfo);
    }
}

package jp.konbini.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The copier's print engine. Here it "prints" to a PDF file; the file appears whole or not at all
 * (temp file, then an atomic move), so a failed print never leaves half a certificate.
 */
final class Printer {
    private final Path destination;

    Printer(Path destination) {
        this.destination = destination;
    }

    void print(byte[] document) throws IOException {
        Path dir = destination.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".printing-", ".pdf");
        try {
            Files.write(tmp, document);
            Files.move(tmp, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    Path destination() {
        return destination;
    }
}

package jp.konbini.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The copier's print engine. This one "prints" to a PDF file (the default): the file appears whole or
 * not at all (temp file beside it, then an atomic move), so a failed print never leaves half a
 * certificate, and no temp file survives either way. {@link SystemPrinter} prints on a real printer.
 * {@link IssueFlow} calls {@link #print} only once the document is known to be this resident's, and
 * reports PRINT_FAILED to the city when it throws. A printer keeps no copy of the bytes.
 */
class Printer {
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

    /** Where the certificate went: the PDF file, or {@code printer:NAME}. */
    Path destination() {
        return destination;
    }
}

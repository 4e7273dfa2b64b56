package jp.konbini.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import jp.konbini.render.paper.PrintDataCheck;
import jp.konbini.render.paper.SealVerifier;
import jp.konbini.render.paper.TrustedSealKey;

/**
 * Reads which certificate a printed paper is from the paper itself: every sheet's back carries a code signed
 * with the lab's seal key that names the 証明書番号 and the page, binds the page image on the sheet's front, and
 * its scramble image must decode to that front. This is what a verifier would read from the sheets in a
 * resident's hand, so it does not trust the kiosk's report. The print data is read as the images the printer
 * was given ({@link PrintDataCheck}); rasterising the sheets with their copy-evident background would cost
 * seconds a page.
 */
final class PrintedPaper {
    /** The serial the sheets' codes name with the certificate's page count and the sheets printed, or why not. */
    sealed interface Reading {
        record Serial(String serial, int pages, int sheets) implements Reading {
        }

        record Unreadable(String why) implements Reading {
        }
    }

    private final PrintDataCheck check;

    private PrintedPaper(PrintDataCheck check) {
        this.check = check;
    }

    /** The lab's master scramble key and seal public key ({@code pki/paper}). */
    static PrintedPaper forLab(Path labDir) throws IOException, GeneralSecurityException {
        Path paper = labDir.resolve("pki/paper");
        byte[] master = HexFormat.of().parseHex(Files.readString(paper.resolve("scramble.key"), StandardCharsets.US_ASCII)
                .strip());
        TrustedSealKey seal = new TrustedSealKey("lab", publicKey(paper.resolve("seal.pub.pem")), true);
        return new PrintedPaper(new PrintDataCheck(master, new SealVerifier(List.of(seal))));
    }

    Reading read(Path pdf) throws IOException {
        PrintDataCheck.Report report;
        try {
            report = check.check(Files.readAllBytes(pdf));
        } catch (IOException e) {
            return new Reading.Unreadable("not print data: " + e.getMessage());
        }
        if (!report.whole()) {
            return new Reading.Unreadable(report.firstRefusal().orElse("no sheet"));
        }
        return new Reading.Serial(report.serial().orElseThrow(), report.pages(), report.sheets().size());
    }

    private static PublicKey publicKey(Path file) throws IOException, GeneralSecurityException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        int from = pem.indexOf("-----BEGIN PUBLIC KEY-----");
        int to = pem.indexOf("-----END PUBLIC KEY-----");
        if (from < 0 || to < from) {
            throw new IOException(file + ": no PUBLIC KEY block");
        }
        return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(
                Base64.getMimeDecoder().decode(pem.substring(from + "-----BEGIN PUBLIC KEY-----".length(), to))));
    }
}

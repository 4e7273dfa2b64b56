package jp.konbini.tools;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
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
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import jp.konbini.render.paper.BackDecoder;
import jp.konbini.render.paper.BackLayout;
import jp.konbini.render.paper.Gray;
import jp.konbini.render.paper.BackReading;
import jp.konbini.render.paper.ScanFile;
import jp.konbini.render.paper.SealVerdict;
import jp.konbini.render.paper.SealVerifier;
import jp.konbini.render.paper.TrustedSealKey;

/**
 * Reads which certificate a printed paper is from the paper itself: the signed code on its back carries
 * the 証明書番号, signed with the lab's seal key, and the scramble image must match it. This is what a
 * verifier would read from the sheet in a resident's hand, so it does not trust the kiosk's report.
 */
final class PrintedPaper {
    /** The serial the back's signed code names, or why it could not be read. */
    sealed interface Reading {
        record Serial(String serial) implements Reading {
        }

        record Unreadable(String why) implements Reading {
        }
    }

    /** White paper around the panel, as on the sheet: the marker finder needs a quiet zone. */
    private static final int MARGIN = 100;

    private final BackDecoder decoder;

    private PrintedPaper(BackDecoder decoder) {
        this.decoder = decoder;
    }

    /** The lab's master scramble key and seal public key ({@code pki/paper}). */
    static PrintedPaper forLab(Path labDir) throws IOException, GeneralSecurityException {
        Path paper = labDir.resolve("pki/paper");
        byte[] master = HexFormat.of().parseHex(Files.readString(paper.resolve("scramble.key"), StandardCharsets.US_ASCII)
                .strip());
        TrustedSealKey seal = new TrustedSealKey("lab", publicKey(paper.resolve("seal.pub.pem")), true);
        return new PrintedPaper(new BackDecoder(master, new SealVerifier(List.of(seal))));
    }

    /**
     * The back panel as printed (the image the printer puts on the back, found in the print data by its
     * size, on a white margin like the paper around it) is decoded first: rasterising the whole back with
     * its copy-evident background costs seconds a page. A sheet without that image is rendered as a scan.
     */
    Reading read(Path pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        Optional<BufferedImage> panel = backPanel(bytes);
        if (panel.isPresent() && decode(Gray.of(onPaper(panel.get()))) instanceof Reading.Serial s) {
            return s;
        }
        return switch (ScanFile.load(bytes, ScanFile.Limits.DEFAULT)) {
            case ScanFile.Result.Refused r -> new Reading.Unreadable(r.reason());
            case ScanFile.Result.Loaded l -> decode(l.scan());
        };
    }

    private Reading decode(Gray scan) {
        return switch (decoder.read(scan, Optional.empty())) {
            case BackReading.Decoded d when d.seal() instanceof SealVerdict.Genuine g -> new Reading.Serial(g.payload().serial());
            case BackReading other -> new Reading.Unreadable(other.message());
        };
    }

    private static Optional<BufferedImage> backPanel(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(doc.getNumberOfPages() - 1).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image && image.getWidth() == BackLayout.WIDTH
                        && image.getHeight() == BackLayout.HEIGHT) {
                    return Optional.of(image.getImage());
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static BufferedImage onPaper(BufferedImage panel) {
        BufferedImage sheet = new BufferedImage(panel.getWidth() + 2 * MARGIN, panel.getHeight() + 2 * MARGIN,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
            g.drawImage(panel, MARGIN, MARGIN, null);
        } finally {
            g.dispose();
        }
        return sheet;
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

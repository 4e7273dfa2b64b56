package jp.konbini.render;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import jp.konbini.render.pdf.Flate;

/**
 * One page of a certificate as the city hands it to J-LIS (画像イメージ情報): a bilevel raster, one bit a
 * pixel, 0 = ink, rows from the top padded to whole bytes (PDF's 1-bit DeviceGray), compressed with Flate.
 * The encoded bytes are what every hop carries and what the printer receives, unchanged: the page's digest
 * is over them, so the hub never has to trust a re-encoding of its own.
 *
 * @param width   pixels across (2480 for A4 at 300 dpi)
 * @param height  pixels down (3508 for A4 at 300 dpi)
 * @param flate   the packed bits, zlib-compressed
 */
public record PageImage(int width, int height, byte[] flate) {

    /** The largest page any node accepts: A4 at 300 dpi, with room for a few pixels of rounding. */
    public static final int MAX_WIDTH = 2560;
    public static final int MAX_HEIGHT = 3600;

    public PageImage {
        if (width < 1 || height < 1 || width > MAX_WIDTH || height > MAX_HEIGHT) {
            throw new IllegalArgumentException("page image of " + width + "×" + height + " pixels is outside limits");
        }
        if (flate.length == 0) {
            throw new IllegalArgumentException("page image without data");
        }
    }

    /** Bytes in one row of packed bits. */
    public int stride() {
        return (width + 7) / 8;
    }

    /**
     * The packed bits, exactly {@code stride() × height} bytes; data that inflates to more or to less is refused
     * before anything past the page's own size is allocated.
     */
    public byte[] bits() throws IOException {
        return Flate.inflate(flate, stride() * height);
    }

    /** SHA-256 of the encoded bytes: what the signed code on the sheet's back binds. */
    public byte[] digest() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(flate);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

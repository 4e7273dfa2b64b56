package jp.konbini.render.paper;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.Decoder;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The signed code as a QR code (error correction M) carrying the seal's bytes in base64url. */
public final class SealCode {

    private SealCode() {
    }

    /**
     * One mask pattern for every code: choosing the best of eight by zxing's penalty rules costs more than
     * the rest of the encoding, and a reader decodes any mask.
     */
    static final int MASK_PATTERN = 2;

    /** Draws the code as large as whole modules allow, centred in a white {@code size × size} square. */
    public static Gray draw(byte[] seal, int size) {
        Gray g = Gray.white(size, size);
        Layout l = layout(seal, size);
        for (int y = 0; y < l.matrix().getHeight(); y++) {
            for (int x = 0; x < l.matrix().getWidth(); x++) {
                if (l.matrix().get(x, y)) {
                    for (int dy = 0; dy < l.module(); dy++) {
                        for (int dx = 0; dx < l.module(); dx++) {
                            g.set(l.offset() + x * l.module() + dx, l.offset() + y * l.module() + dy, 0f);
                        }
                    }
                }
            }
        }
        return g;
    }

    /** {@link #draw} as PDF's 1-bit grey samples (packed bits, 0 = ink), without a grey raster in between. */
    static byte[] drawBits(byte[] seal, int size) {
        int stride = (size + 7) / 8;
        byte[] out = new byte[stride * size];
        java.util.Arrays.fill(out, (byte) 0xff);
        Layout l = layout(seal, size);
        for (int y = 0; y < l.matrix().getHeight(); y++) {
            for (int x = 0; x < l.matrix().getWidth(); x++) {
                if (!l.matrix().get(x, y)) {
                    continue;
                }
                for (int dy = 0; dy < l.module(); dy++) {
                    int row = (l.offset() + y * l.module() + dy) * stride;
                    for (int dx = 0; dx < l.module(); dx++) {
                        int px = l.offset() + x * l.module() + dx;
                        out[row + (px >> 3)] &= (byte) ~(0x80 >>> (px & 7));
                    }
                }
            }
        }
        return out;
    }

    private record Layout(BitMatrix matrix, int module, int offset) {
    }

    private static Layout layout(byte[] seal, int size) {
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(seal);
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.QR_MASK_PATTERN, MASK_PATTERN));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the seal does not fit a QR code", e);
        }
        int module = (size - 40) / m.getWidth();
        if (module < 3) {
            throw new IllegalArgumentException("the seal is too long for the code area");
        }
        return new Layout(m, module, (size - module * m.getWidth()) / 2);
    }

    /**
     * Reads the code from the rectified code area of exactly {@code size × size} panel pixels, sampling
     * each module where {@link #draw} put it (trying each QR version's module count): a scan that is
     * rectified well needs no finder-pattern search, which blur and noise can mislead.
     */
    public static Optional<byte[]> readGrid(Gray area) {
        int size = area.width();
        for (int version = 1; version <= 20; version++) {
            int w = 17 + 4 * version;
            int module = (size - 40) / w;
            if (module < 3) {
                break;
            }
            int offset = (size - module * w) / 2;
            BitMatrix bits = new BitMatrix(w);
            for (int y = 0; y < w; y++) {
                for (int x = 0; x < w; x++) {
                    double cx = offset + (x + 0.5) * module;
                    double cy = offset + (y + 0.5) * module;
                    float v = 0;
                    for (int k = 0; k < 9; k++) {
                        v += area.sample(cx + (k % 3 - 1) * module / 4.0, cy + (k / 3 - 1) * module / 4.0);
                    }
                    if (v / 9 < 0.5f) {
                        bits.set(x, y);
                    }
                }
            }
            try {
                String text = new Decoder().decode(bits).getText();
                return Optional.of(Base64.getUrlDecoder().decode(text));
            } catch (ReaderException | IllegalArgumentException e) {
                // not this version
            }
        }
        return Optional.empty();
    }

    /** Reads the code from a rectified image of the code area, or empty when there is none or it is damaged. */
    public static Optional<byte[]> read(Gray area) {
        byte[] y = new byte[area.width() * area.height()];
        for (int i = 0; i < y.length; i++) {
            y[i] = (byte) Math.round(Math.max(0f, Math.min(1f, area.px()[i])) * 255f);
        }
        PlanarYUVLuminanceSource source = new PlanarYUVLuminanceSource(y, area.width(), area.height(), 0, 0,
                area.width(), area.height(), false);
        // The area is rectified and holds nothing but the code, so reading it as a pure barcode (module grid
        // taken from its corners) comes first; the finder-pattern search is the fallback, as it can be
        // misled by finder-like shapes in the data. Local thresholds first, then a global one.
        for (Map<DecodeHintType, ?> hints : List.of(Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))) {
            for (Binarizer binarizer : List.of(new HybridBinarizer(source), new GlobalHistogramBinarizer(source))) {
                try {
                    String text = new QRCodeReader().decode(new BinaryBitmap(binarizer), hints).getText();
                    return Optional.of(Base64.getUrlDecoder().decode(text));
                } catch (ReaderException | IllegalArgumentException e) {
                    // try the next way
                }
            }
        }
        return Optional.empty();
    }
}

package jp.konbini.render.pdf;

import java.io.IOException;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** Zlib compression of a stream's bytes (PDF's FlateDecode), with the JDK's native zlib. */
public final class Flate {

    private Flate() {
    }

    public static byte[] deflate(byte[] data, int level) {
        Deflater deflater = new Deflater(level);
        try {
            deflater.setInput(data);
            deflater.finish();
            byte[] out = new byte[Math.max(1024, data.length / 8)];
            int n = 0;
            while (!deflater.finished()) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                n += deflater.deflate(out, n, out.length - n);
            }
            return Arrays.copyOf(out, n);
        } finally {
            deflater.end();
        }
    }

    /**
     * The bytes of a stream that must inflate to exactly {@code length} bytes. A stream that inflates to more
     * or to less is refused before anything past that length is produced: a hostile peer cannot make this
     * allocate more than the size the caller expects.
     */
    public static byte[] inflate(byte[] data, int length) throws IOException {
        byte[] out = new byte[length];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            int filled = 0;
            while (filled < out.length) {
                int n = inflater.inflate(out, filled, out.length - filled);
                if (n == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                filled += n;
            }
            if (filled != out.length) {
                throw new IOException("the stream holds fewer than its " + length + " bytes");
            }
            if (!inflater.finished() && inflater.inflate(new byte[1]) > 0) {
                throw new IOException("the stream holds more than its " + length + " bytes");
            }
            return out;
        } catch (DataFormatException e) {
            throw new IOException("the stream is not Flate: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}

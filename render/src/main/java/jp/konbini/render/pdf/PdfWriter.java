package jp.konbini.render.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a PDF 1.7 file of numbered objects with a classic cross-reference table. The documents this
 * project makes are a handful of image and form objects whose encoded streams are made elsewhere (often
 * once, at start-up), so the writer only lays bytes out: no parsing, no compression, no font handling.
 */
public final class PdfWriter {
    private final ByteArrayOutputStream out;
    private final List<Integer> offsets = new ArrayList<>();

    public PdfWriter(int expectedBytes) {
        this.out = new ByteArrayOutputStream(expectedBytes);
        // The binary comment tells transfer programs the file is not text.
        ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    }

    /** A new object number; write the object later with {@link #object} or {@link #stream}. */
    public int reserve() {
        offsets.add(-1);
        return offsets.size();
    }

    /** Writes object {@code number} as the given dictionary or array text. */
    public void object(int number, String body) {
        begin(number);
        ascii(body);
        ascii("\nendobj\n");
    }

    /** Writes object {@code number} as a stream: {@code dictionary} without its Length, then the bytes as given. */
    public void stream(int number, String dictionary, byte[] data) {
        begin(number);
        if (!dictionary.startsWith("<<") || !dictionary.endsWith(">>")) {
            throw new IllegalArgumentException("a stream dictionary is << ... >>");
        }
        ascii(dictionary.substring(0, dictionary.length() - 2));
        ascii("/Length " + data.length + ">>\nstream\n");
        out.writeBytes(data);
        ascii("\nendstream\nendobj\n");
    }

    /** The whole file, with {@code catalog} as its root. Every reserved object must have been written. */
    public byte[] finish(int catalog) {
        int xref = out.size();
        StringBuilder table = new StringBuilder(32 + 20 * offsets.size());
        table.append("xref\n0 ").append(offsets.size() + 1).append("\n0000000000 65535 f \n");
        for (int i = 0; i < offsets.size(); i++) {
            if (offsets.get(i) < 0) {
                throw new IllegalStateException("object " + (i + 1) + " was reserved but never written");
            }
            table.append(String.format(Locale.ROOT, "%010d 00000 n \n", offsets.get(i)));
        }
        table.append("trailer\n<</Size ").append(offsets.size() + 1).append("/Root ").append(catalog)
                .append(" 0 R>>\nstartxref\n").append(xref).append("\n%%EOF\n");
        ascii(table.toString());
        return out.toByteArray();
    }

    /** A number as PDF writes it: at most four decimals, no exponent, no locale. */
    public static String num(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    private void begin(int number) {
        if (number < 1 || number > offsets.size() || offsets.get(number - 1) >= 0) {
            throw new IllegalStateException("object " + number + " is not reserved or already written");
        }
        offsets.set(number - 1, out.size());
        ascii(number + " 0 obj\n");
    }

    private void ascii(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}

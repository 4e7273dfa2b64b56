package jp.konbini.render.paper;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import jp.konbini.render.pdf.PdfWriter;

/** A Java2D shape (y down) as PDF path operators (y up), to clip with. */
final class PdfPath {

    private PdfPath() {
    }

    static String of(Shape shape, double pageHeight) {
        StringBuilder out = new StringBuilder(64 * 1024);
        PathIterator it = shape.getPathIterator(new AffineTransform(1, 0, 0, -1, 0, pageHeight));
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        while (!it.isDone()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    points(out, c, 1).append("m ");
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    points(out, c, 1).append("l ");
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // PDF has only cubic curves: raise the quadratic's degree.
                    double[] cubic = {lastX + 2.0 / 3 * (c[0] - lastX), lastY + 2.0 / 3 * (c[1] - lastY),
                            c[2] + 2.0 / 3 * (c[0] - c[2]), c[3] + 2.0 / 3 * (c[1] - c[3]), c[2], c[3]};
                    points(out, cubic, 3).append("c ");
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    points(out, c, 3).append("c ");
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> out.append("h ");
            }
            it.next();
        }
        return out.toString();
    }

    private static StringBuilder points(StringBuilder out, double[] c, int n) {
        for (int i = 0; i < 2 * n; i++) {
            out.append(PdfWriter.num(Math.round(c[i] * 100) / 100.0)).append(' ');
        }
        return out;
    }
}

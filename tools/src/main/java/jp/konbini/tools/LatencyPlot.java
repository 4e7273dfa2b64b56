package jp.konbini.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/**
 * The run over time as a PNG, drawn with Java2D off screen (no display needed): above, every request's latency
 * (arrival to the kiosk's last answer) as a dot at its arrival, refusals in red, with the p50 and p99 of each
 * window as lines; below, the rate offered (arrivals) and achieved (answers) per second in each window.
 */
final class LatencyPlot {
    private static final Color OK_DOT = new Color(70, 110, 170, 110);
    private static final Color REFUSED_DOT = new Color(210, 40, 40, 170);
    private static final Color P50 = new Color(20, 60, 200);
    private static final Color P99 = new Color(235, 120, 0);
    private static final Color OFFERED = new Color(120, 120, 120);
    private static final Color ACHIEVED = new Color(0, 150, 70);
    private static final Color GRID = new Color(225, 225, 225);
    private static final int LEFT = 80;
    private static final int RIGHT = 30;
    private static final int TOP = 40;
    private static final int GAP = 60;
    private static final int BOTTOM = 50;

    private LatencyPlot() {
    }

    /** Draws the run ({@code windows}: its windows, e.g. of 10 s) into an image of {@code width x height}. */
    static BufferedImage draw(List<LoadRun.Request> requests, List<RunWindows.Window> windows, long wallNanos,
                              String title, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            double seconds = Math.max(1, wallNanos / 1e9);
            // a last window of a moment would show one answer as a rate of many per second: rates of whole windows only
            double windowSeconds = windows.isEmpty() ? 0 : windows.getFirst().seconds();
            List<RunWindows.Window> whole = windows.stream().filter(w -> w.seconds() >= windowSeconds / 2).toList();
            int plotHeight = height - TOP - GAP - BOTTOM;
            Panel latency = new Panel(LEFT, TOP, width - LEFT - RIGHT, (int) (plotHeight * 0.65), seconds,
                    niceCeiling(requests.stream().mapToDouble(r -> r.latencyNanos() / 1e6).max().orElse(1)));
            Panel rate = new Panel(LEFT, TOP + latency.h + GAP, latency.w, plotHeight - latency.h, seconds,
                    niceCeiling(whole.stream().mapToDouble(w -> Math.max(w.arrivedPerSecond(), w.answeredPerSecond()))
                            .max().orElse(1)));
            g.setColor(Color.BLACK);
            g.setFont(g.getFont().deriveFont(Font.BOLD, 14f));
            g.drawString(title, LEFT, 24);
            g.setFont(g.getFont().deriveFont(Font.PLAIN, 12f));
            latency.axes(g, "latency ms", false);
            rate.axes(g, "requests/s", true);
            // a few dots are drawn large and solid, thousands small and see-through so that their density shows
            boolean few = requests.size() < 500;
            double d = few ? 6 : 4;
            for (LoadRun.Request r : requests) {
                Color c = r.outcome().printed() ? OK_DOT : REFUSED_DOT;
                g.setColor(few ? new Color(c.getRed(), c.getGreen(), c.getBlue(), 200) : c);
                g.fill(new Ellipse2D.Double(latency.x(r.arrivedNanos() / 1e9) - d / 2, latency.y(r.latencyNanos() / 1e6) - d / 2,
                        d, d));
            }
            List<RunWindows.Window> measured = windows.stream().filter(w -> w.latency().isPresent()).toList();
            latency.line(g, measured, w -> w.latency().orElseThrow().p50(), P50, false);
            latency.line(g, measured, w -> w.latency().orElseThrow().p99(), P99, false);
            String per = String.format(Locale.ROOT, " per %.0f s", windowSeconds);
            latency.legend(g, new String[] {"request (at its arrival)", "refused", "p50" + per, "p99" + per},
                    new Color[] {OK_DOT, REFUSED_DOT, P50, P99});
            rate.line(g, whole, RunWindows.Window::arrivedPerSecond, OFFERED, true);
            rate.line(g, whole, RunWindows.Window::answeredPerSecond, ACHIEVED, false);
            rate.legend(g, new String[] {"offered (arrivals/s)", "achieved (answers/s)"}, new Color[] {OFFERED, ACHIEVED});
        } finally {
            g.dispose();
        }
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer in this JDK");
        }
        return bytes.toByteArray();
    }

    /** A round number at least {@code v} (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten): the top of an axis. */
    static double niceCeiling(double v) {
        if (!(v > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code v}: the step between the time axis's labels. */
    private static double tickStep(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(v, 1e-9))));
        return v <= p ? p : v <= 2 * p ? 2 * p : v <= 5 * p ? 5 * p : 10 * p;
    }

    /** One chart's area and its scales: x seconds since the start, y from 0 to {@code yMax}. */
    private record Panel(int left, int top, int w, int h, double seconds, double yMax) {
        double x(double s) {
            return left + s / seconds * w;
        }

        double y(double v) {
            return top + h - Math.min(v, yMax) / yMax * h;
        }

        void axes(Graphics2D g, String yLabel, boolean xLabel) {
            for (int i = 0; i <= 5; i++) {
                double v = yMax * i / 5;
                int y = (int) Math.round(y(v));
                g.setColor(GRID);
                g.drawLine(left, y, left + w, y);
                g.setColor(Color.DARK_GRAY);
                String label = v >= 100 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v)
                        : String.format(Locale.ROOT, "%.1f", v);
                g.drawString(label, left - 8 - g.getFontMetrics().stringWidth(label), y + 4);
            }
            double step = tickStep(seconds / 10);
            for (double s = 0; s <= seconds + 1e-9; s += step) {
                int x = (int) Math.round(x(s));
                g.setColor(GRID);
                g.drawLine(x, top, x, top + h);
                g.setColor(Color.DARK_GRAY);
                String label = String.format(Locale.ROOT, "%.0f", s);
                g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, top + h + 16);
            }
            g.setColor(Color.BLACK);
            g.drawRect(left, top, w, h);
            g.drawString(yLabel, left, top - 6);
            if (xLabel) {
                String label = "seconds since the start";
                g.drawString(label, left + w - g.getFontMetrics().stringWidth(label), top + h + 34);
            }
        }

        void line(Graphics2D g, List<RunWindows.Window> windows, ToDoubleFunction<RunWindows.Window> value, Color c,
                  boolean dashed) {
            if (windows.isEmpty()) {
                return;
            }
            Path2D.Double path = new Path2D.Double();
            g.setColor(c);
            for (int i = 0; i < windows.size(); i++) {
                RunWindows.Window win = windows.get(i);
                double px = x((win.from() + win.to()) / 2);
                double py = y(value.applyAsDouble(win));
                if (i == 0) {
                    path.moveTo(px, py);
                } else {
                    path.lineTo(px, py);
                }
                // a mark at each window's value: a run of one window still shows its figure
                g.fill(new Rectangle2D.Double(px - 3, py - 3, 6, 6));
            }
            Stroke old = g.getStroke();
            g.setStroke(dashed ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f)
                    : new BasicStroke(2f));
            g.draw(path);
            g.setStroke(old);
        }

        void legend(Graphics2D g, String[] names, Color[] colors) {
            int x = left + w - 200;
            int y = top + 16;
            for (int i = 0; i < names.length; i++) {
                g.setColor(colors[i]);
                g.fillRect(x, y + i * 16 - 8, 14, 8);
                g.setColor(Color.BLACK);
                g.drawString(names[i], x + 20, y + i * 16);
            }
        }
    }
}

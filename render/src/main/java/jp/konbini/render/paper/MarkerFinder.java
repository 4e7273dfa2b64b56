package jp.konbini.render.paper;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the finder markers in a scan: dark rings (black ink about half of their box) whose centre pixel
 * belongs to a separate, solid dark square about 3/7 of the ring's size, centred in it. Scrambled blocks,
 * text and the code's own finder patterns (which touch their modules) rarely look like that.
 */
public final class MarkerFinder {

    /** A found marker: its centre and the side of its ring, in scan pixels. */
    public record Marker(double x, double y, double size) {
    }

    private MarkerFinder() {
    }

    public static List<Marker> find(Gray scan) {
        int w = scan.width();
        int h = scan.height();
        float t = otsu(scan.px());
        int n = w * h;
        int[] parent = new int[n + 1];
        int[] label = new int[n];
        int next = 1;
        float[] px = scan.px();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (px[i] >= t) {
                    continue;
                }
                int up = y > 0 ? label[i - w] : 0;
                int left = x > 0 ? label[i - 1] : 0;
                if (up == 0 && left == 0) {
                    parent[next] = next;
                    label[i] = next++;
                } else if (up != 0 && left != 0) {
                    int a = root(parent, up);
                    int b = root(parent, left);
                    if (a != b) {
                        parent[Math.max(a, b)] = Math.min(a, b);
                    }
                    label[i] = Math.min(a, b);
                } else {
                    label[i] = up != 0 ? up : left;
                }
            }
        }
        int labels = next;
        long[] area = new long[labels];
        double[] sx = new double[labels];
        double[] sy = new double[labels];
        int[] minX = new int[labels];
        int[] minY = new int[labels];
        int[] maxX = new int[labels];
        int[] maxY = new int[labels];
        java.util.Arrays.fill(minX, Integer.MAX_VALUE);
        java.util.Arrays.fill(minY, Integer.MAX_VALUE);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (label[i] == 0) {
                    continue;
                }
                int r = root(parent, label[i]);
                label[i] = r;
                area[r]++;
                sx[r] += x + 0.5;
                sy[r] += y + 0.5;
                minX[r] = Math.min(minX[r], x);
                maxX[r] = Math.max(maxX[r], x);
                minY[r] = Math.min(minY[r], y);
                maxY[r] = Math.max(maxY[r], y);
            }
        }
        List<Marker> found = new ArrayList<>();
        for (int r = 1; r < labels; r++) {
            if (area[r] == 0) {
                continue;
            }
            int bw = maxX[r] - minX[r] + 1;
            int bh = maxY[r] - minY[r] + 1;
            if (bw < 14 || bh < 14 || bw > 400 || bh > 400 || bw > 1.5 * bh || bh > 1.5 * bw) {
                continue;
            }
            double fill = (double) area[r] / ((long) bw * bh);
            if (fill < 0.3 || fill > 0.75) {
                continue;
            }
            double cx = sx[r] / area[r];
            double cy = sy[r] / area[r];
            int c = label[(int) cy * w + (int) cx];
            if (c == 0 || c == r) {
                continue;
            }
            int cw = maxX[c] - minX[c] + 1;
            int ch = maxY[c] - minY[c] + 1;
            double ratio = (double) cw / bw;
            double cFill = (double) area[c] / ((long) cw * ch);
            double ccx = sx[c] / area[c];
            double ccy = sy[c] / area[c];
            if (ratio < 0.25 || ratio > 0.65 || cFill < 0.6 || Math.hypot(ccx - cx, ccy - cy) > 0.12 * bw) {
                continue;
            }
            double x = (sx[r] + sx[c]) / (area[r] + area[c]);
            double y = (sy[r] + sy[c]) / (area[r] + area[c]);
            found.add(new Marker(x, y, (bw + bh) / 2.0));
        }
        return found;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Otsu's threshold over 256 bins. */
    static float otsu(float[] px) {
        int[] hist = new int[256];
        for (float v : px) {
            hist[Math.max(0, Math.min(255, (int) (v * 255)))]++;
        }
        long total = px.length;
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += (double) i * hist[i];
        }
        double sumB = 0;
        long wB = 0;
        double best = -1;
        int threshold = 128;
        for (int i = 0; i < 256; i++) {
            wB += hist[i];
            if (wB == 0) {
                continue;
            }
            long wF = total - wB;
            if (wF == 0) {
                break;
            }
            sumB += (double) i * hist[i];
            double mB = sumB / wB;
            double mF = (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                threshold = i;
            }
        }
        return (threshold + 0.5f) / 255f;
    }
}

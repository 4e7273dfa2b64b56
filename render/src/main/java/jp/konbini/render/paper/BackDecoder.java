package jp.konbini.render.paper;

import static jp.konbini.render.paper.BackLayout.*;

import java.util.List;
import java.util.Optional;

/**
 * Reads a scan of a certificate's back: corner markers → homography → orientation strip (which also
 * tells an upside-down scan) → signed code → per-certificate key → inverse scramble, sampling each block
 * straight through the homography. Levels are normalised from the markers' black and the paper white.
 */
public final class BackDecoder {

    /** Smallest scan side that can hold a readable back (about 120 dpi). */
    public static final int MIN_SIDE = 600;
    /** Paper white kept around the code area when it is cut out for the reader. */
    static final int CODE_MARGIN = 30;

    private final byte[] master;
    private final SealVerifier verifier;

    public BackDecoder(byte[] masterScrambleKey, SealVerifier verifier) {
        this.master = masterScrambleKey.clone();
        this.verifier = verifier;
    }

    /** Where the panel lies in the scan and its ink and paper levels. */
    public record Location(Homography panelToScan, float black, float white, int quarterTurns) {

        /** The panel rectangle {@code [x, x+w) × [y, y+h)} resampled at 300 dpi, levels normalised. */
        public Gray rectify(Gray scan, int x, int y, int w, int h) {
            float[] out = new float[w * h];
            float range = Math.max(0.05f, white - black);
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    double px = x + c + 0.5;
                    double py = y + r + 0.5;
                    float v = scan.sample(panelToScan.mapX(px, py), panelToScan.mapY(px, py));
                    out[r * w + c] = Math.max(0f, Math.min(1f, (v - black) / range));
                }
            }
            return new Gray(w, h, out);
        }
    }

    /** Either a location or why there is none. */
    public sealed interface Locate {
        record Found(Location location) implements Locate {
        }

        record Failed(BackReading reason) implements Locate {
        }
    }

    public static Locate locate(Gray scan) {
        if (scan.width() < MIN_SIDE || scan.height() < MIN_SIDE) {
            return new Locate.Failed(new BackReading.TooSmall(scan.width(), scan.height()));
        }
        List<MarkerFinder.Marker> markers = MarkerFinder.find(scan);
        if (markers.isEmpty()) {
            return new Locate.Failed(new BackReading.NoMarkers());
        }
        MarkerFinder.Marker[] corner = new MarkerFinder.Marker[4];
        double[][] dir = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
        for (int k = 0; k < 4; k++) {
            double best = -Double.MAX_VALUE;
            for (MarkerFinder.Marker m : markers) {
                double s = dir[k][0] * m.x() + dir[k][1] * m.y();
                if (s > best) {
                    best = s;
                    corner[k] = m;
                }
            }
        }
        long distinct = java.util.Arrays.stream(corner).distinct().count();
        if (distinct < 4) {
            return new Locate.Failed(new BackReading.CutOff((int) distinct));
        }
        double[] nominal = markerCentres();
        Location best = null;
        double bestScore = -1;
        for (int turn = 0; turn < 4; turn++) {
            double[] dst = new double[8];
            for (int i = 0; i < 4; i++) {
                MarkerFinder.Marker m = corner[(i + turn) % 4];
                dst[2 * i] = m.x();
                dst[2 * i + 1] = m.y();
            }
            Homography h;
            try {
                h = Homography.fromPoints(nominal, dst);
            } catch (IllegalArgumentException e) {
                continue;
            }
            float black = 0;
            for (int i = 0; i < 4; i++) {
                black += scan.sample(h.mapX(nominal[2 * i], nominal[2 * i + 1]), h.mapY(nominal[2 * i], nominal[2 * i + 1]));
            }
            black /= 4;
            float[] whites = new float[29];
            for (int i = 0; i < whites.length; i++) {
                double x = 100 + i * 50;
                whites[i] = scan.sample(h.mapX(x, WHITE_BAND_Y), h.mapY(x, WHITE_BAND_Y));
            }
            java.util.Arrays.sort(whites);
            float white = whites[whites.length / 2];
            float mid = (black + white) / 2;
            int agree = 0;
            for (int i = 0; i < STRIP_MODULES; i++) {
                double x = STRIP_X + (i + 0.5) * STRIP_MODULE_W;
                double y = STRIP_Y + STRIP_MODULE_H / 2.0;
                boolean dark = scan.sample(h.mapX(x, y), h.mapY(x, y)) < mid;
                if (dark == stripBit(i)) {
                    agree++;
                }
            }
            double score = (double) agree / STRIP_MODULES;
            if (score > bestScore) {
                bestScore = score;
                best = new Location(h, black, white, turn);
            }
        }
        if (best == null || bestScore < 0.9) {
            return new Locate.Failed(new BackReading.NotACertificateBack());
        }
        return new Locate.Found(best);
    }

    /** Reads the back; {@code expectedSerial}, when given, is the certificate the verifier holds. */
    public BackReading read(Gray scan, Optional<String> expectedSerial) {
        Location at;
        switch (locate(scan)) {
            case Locate.Failed f -> {
                return f.reason();
            }
            case Locate.Found f -> at = f.location();
        }
        Optional<byte[]> code = SealCode.readGrid(at.rectify(scan, CODE_X, ROW_Y, ROW_SIZE, ROW_SIZE));
        if (code.isEmpty()) {
            // A white margin around the code area gives the finder-pattern reader its quiet zone.
            code = SealCode.read(at.rectify(scan, CODE_X - CODE_MARGIN, ROW_Y - CODE_MARGIN,
                    ROW_SIZE + 2 * CODE_MARGIN, ROW_SIZE + 2 * CODE_MARGIN));
        }
        if (code.isEmpty()) {
            return new BackReading.CodeUnreadable();
        }
        SealVerdict verdict = verifier.verify(code.get());
        SealPayload payload = switch (verdict) {
            case SealVerdict.Genuine g -> g.payload();
            case SealVerdict.RetiredKey r -> r.payload();
            default -> null;
        };
        if (payload == null) {
            return new BackReading.SealRejected(verdict);
        }
        if (expectedSerial.isPresent() && !expectedSerial.get().equals(payload.serial())) {
            return new BackReading.OtherCertificate(expectedSerial.get(), payload.serial());
        }
        Gray front = descramble(scan, at, ScrambleKey.derive(master, payload.serial(), payload.page()));
        double distance = FrontHash.distance(FrontHash.of(front), payload.frontHash());
        if (distance > FrontHash.SAME_FRONT_MAX_DISTANCE) {
            return new BackReading.ScrambleMismatch(distance);
        }
        return new BackReading.Decoded(front, verdict, payload, distance, at.quarterTurns());
    }

    /**
     * Light denoise: a certificate front is black ink on white paper, so near-white is paper (the scan's
     * noise there would otherwise dominate the picture) and near-black is ink.
     */
    static float paperWhite(float v) {
        if (v > PAPER_WHITE) {
            return 1f;
        }
        return v < INK_BLACK ? 0f : (v - INK_BLACK) / (PAPER_WHITE - INK_BLACK);
    }

    static final float PAPER_WHITE = 0.85f;
    static final float INK_BLACK = 0.1f;

    /** The inverse scramble, sampling each front pixel's printed cell centre through the homography. */
    public static Gray descramble(Gray scan, Location at, ScrambleKey key) {
        ScrambleKey.Scramble s = key.scramble(ScrambleImage.blocks());
        Gray front = Gray.white(FRONT_W, FRONT_H);
        float range = Math.max(0.05f, at.white() - at.black());
        Homography h = at.panelToScan();
        for (int b = 0; b < COLS * ROWS; b++) {
            int bx = b % COLS;
            int by = b / COLS;
            int p = s.position()[b];
            int px = p % COLS;
            int py = p / COLS;
            int t = s.transform()[b];
            for (int oy = 0; oy < BLOCK; oy++) {
                for (int ox = 0; ox < BLOCK; ox++) {
                    int tx = (t & 1) != 0 ? BLOCK - 1 - ox : ox;
                    int ty = (t & 2) != 0 ? BLOCK - 1 - oy : oy;
                    double x = SCRAMBLE_X + (px * BLOCK + tx) * SCALE + SCALE / 2.0;
                    double y = SCRAMBLE_Y + (py * BLOCK + ty) * SCALE + SCALE / 2.0;
                    // The mean of four samples inside the printed cell halves the scan noise; at a block's
                    // edge they are pulled inward, away from the blur of a stranger block next to it.
                    double left = SCRAMBLE_X + px * BLOCK * SCALE + EDGE_INSET;
                    double top = SCRAMBLE_Y + py * BLOCK * SCALE + EDGE_INSET;
                    double span = BLOCK * SCALE - 2 * EDGE_INSET;
                    float v = 0;
                    for (int k = 0; k < 4; k++) {
                        double sx = Math.max(left, Math.min(left + span, x + ((k & 1) == 0 ? -0.5 : 0.5)));
                        double sy = Math.max(top, Math.min(top + span, y + ((k & 2) == 0 ? -0.5 : 0.5)));
                        v += scan.sample(h.mapX(sx, sy), h.mapY(sx, sy));
                    }
                    v = Math.max(0f, Math.min(1f, (v / 4 - at.black()) / range));
                    front.set(bx * BLOCK + ox, by * BLOCK + oy, (t & 4) != 0 ? 1f - v : v);
                }
            }
        }
        return snapToPaperAndInk(front);
    }

    /** Applies {@link #paperWhite} to every pixel. */
    static Gray snapToPaperAndInk(Gray g) {
        float[] px = g.px();
        for (int i = 0; i < px.length; i++) {
            px[i] = paperWhite(px[i]);
        }
        return g;
    }
    /** Panel pixels at a block's edge that the sampling keeps away from. */
    static final double EDGE_INSET = 1.5;
}

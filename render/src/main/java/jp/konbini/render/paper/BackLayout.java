package jp.konbini.render.paper;

/**
 * Where everything sits in the back's security panel, in pixels at 300 dpi (the panel is printed at
 * 300 dpi, 135.5 × 241.1 mm). Four finder markers mark the panel's corners; an orientation strip of
 * known modules runs between the top two (it tells an upside-down scan and is the decoder's grid aid);
 * the scrambled front fills the top; the latent image and the signed code share the bottom row.
 */
public final class BackLayout {

    public static final int DPI = 300;
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 2848;

    /** The front as scrambled: 720 × 1024 pixels (about 62 dpi over A4), in 16-pixel blocks. */
    public static final int FRONT_W = 720;
    public static final int FRONT_H = 1024;
    public static final int BLOCK = 16;
    public static final int COLS = FRONT_W / BLOCK;
    public static final int ROWS = FRONT_H / BLOCK;
    /** Each front pixel is printed as 2 × 2 panel pixels. */
    public static final int SCALE = 2;
    public static final int SCRAMBLE_X = 80;
    public static final int SCRAMBLE_Y = 80;

    /** Finder marker: a 7-unit black ring, a white ring, a 3-unit black centre (unit 6 px). */
    public static final int UNIT = 6;
    public static final int MARKER = 7 * UNIT;

    /** Orientation strip: 37 modules of 40 × 18 px between the top markers. */
    public static final int STRIP_X = 60;
    public static final int STRIP_Y = 12;
    public static final int STRIP_MODULE_W = 40;
    public static final int STRIP_MODULE_H = 18;
    public static final long STRIP_BITS = 0x1A7_3C95_B2E1L;
    public static final int STRIP_MODULES = 37;

    /** A white band between the scramble image and the bottom row, where the decoder reads paper white. */
    public static final int WHITE_BAND_Y = 2148;

    public static final int ROW_Y = 2168;
    public static final int ROW_SIZE = 600;
    public static final int LATENT_X = 80;
    public static final int CODE_X = 920;

    private BackLayout() {
    }

    /** Marker centres, clockwise from top-left: {x0, y0, ..., x3, y3}. */
    public static double[] markerCentres() {
        double c = MARKER / 2.0;
        return new double[] {c, c, WIDTH - c, c, WIDTH - c, HEIGHT - c, c, HEIGHT - c};
    }

    public static boolean stripBit(int i) {
        return ((STRIP_BITS >>> i) & 1) == 1;
    }
}

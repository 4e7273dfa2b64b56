package jp.konbini.render.paper;

/**
 * How a shop's printer spreads ink: printed ink = min(1, spread × Gaussian(ink, σ)). A lone dot grows by
 * {@code spread} while the inside of a solid cluster saturates, so small dots darken more than large
 * ones: the reason the copy-evident background needs tone compensation per printer.
 *
 * @param dotGainSigma σ of the spread at 600 dpi, in pixels
 * @param spread how much a lone dot's ink grows (1 = no gain)
 */
public record PrinterProfile(double dotGainSigma, double spread) {

    /** A typical office laser printer: σ 0.6 px at 600 dpi, 40% gain on a lone dot. */
    public static final PrinterProfile OFFICE_LASER = new PrinterProfile(0.6, 1.4);

    public PrinterProfile {
        if (!(dotGainSigma >= 0 && dotGainSigma <= 3) || !(spread >= 1 && spread <= 3)) {
            throw new IllegalArgumentException("printer profile out of range: σ " + dotGainSigma + ", spread " + spread);
        }
    }

    /** Parses {@code "σ,spread"}, e.g. {@code 0.6,1.4}, the form used in configuration files. */
    public static PrinterProfile parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a printer profile is 'sigma,spread', e.g. 0.6,1.4");
        }
        return new PrinterProfile(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
    }

    /** The printed page (luminance) for an ideal page (luminance), both at 600 dpi. */
    public Gray print(Gray ideal) {
        Gray ink = invert(ideal);
        Gray spreadInk = Filters.gaussian(ink, dotGainSigma);
        float[] px = spreadInk.px();
        for (int i = 0; i < px.length; i++) {
            px[i] = 1f - (float) Math.min(1.0, spread * px[i]);
        }
        return spreadInk;
    }

    static Gray invert(Gray g) {
        float[] out = new float[g.px().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = 1f - g.px()[i];
        }
        return new Gray(g.width(), g.height(), out);
    }
}

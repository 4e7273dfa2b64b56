package jp.konbini.render.paper;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import jp.konbini.render.JapaneseFont;

/** The certificate font as an AWT font, for the outlines of 複写 and of the latent image's shape. */
public final class PaperFont {

    private static volatile Font cached;

    private PaperFont() {
    }

    public static Font get() {
        Font f = cached;
        if (f == null) {
            try {
                f = Font.createFont(Font.TRUETYPE_FONT, JapaneseFont.locate(Optional.empty()).toFile());
            } catch (FontFormatException e) {
                throw new IllegalStateException("the certificate font is not a TrueType font", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cached = f;
        }
        return f;
    }
}

package jp.konbini.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

class ParsedFontPoolTest {

    private final Path ipaex = JapaneseFont.locate(Optional.empty());

    @Test
    void twoRenderingsAtOnceNeverShareAParsedFont() throws IOException {
        ParsedFontPool pool = new ParsedFontPool(ipaex, 2);

        TrueTypeFont first = pool.borrow();
        TrueTypeFont second = pool.borrow();

        assertThat(second).isNotSameAs(first);
    }

    @Test
    void aReturnedFontIsReusedInsteadOfParsedAgain() throws IOException {
        ParsedFontPool pool = new ParsedFontPool(ipaex, 2);
        TrueTypeFont first = pool.borrow();
        pool.giveBack(first);

        assertThat(pool.borrow()).isSameAs(first);
    }

    @Test
    void aMissingFontFileIsReportedWithTheRemedy() {
        assertThatThrownBy(() -> new ParsedFontPool(Path.of("/nonexistent/ipaexm.ttf"), 1))
                .isInstanceOf(FontNotFoundException.class)
                .hasMessageContaining("apt-get install fonts-ipaexfont-mincho");
    }
}

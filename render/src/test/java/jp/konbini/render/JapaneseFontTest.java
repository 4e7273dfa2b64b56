package jp.konbini.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JapaneseFontTest {

    @TempDir
    Path dir;

    @Test
    void usesTheConfiguredFileWhenItExists() throws IOException {
        Path font = Files.createFile(dir.resolve("ipaexm.ttf"));

        assertThat(JapaneseFont.locate(Optional.of(font))).isEqualTo(font);
    }

    @Test
    void aMissingConfiguredFileSaysWhatToInstall() {
        Path missing = dir.resolve("nowhere/ipaexm.ttf");

        assertThatThrownBy(() -> JapaneseFont.locate(Optional.of(missing)))
                .isInstanceOf(FontNotFoundException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("apt-get install fonts-ipaexfont-mincho, or set render.font=/path/to/ipaexm.ttf");
    }

    @Test
    void withoutConfigurationTheFirstUsualPlaceThatExistsWins() throws IOException {
        Path second = Files.createFile(dir.resolve("second.ttf"));

        assertThat(JapaneseFont.locate(Optional.empty(), List.of(dir.resolve("first.ttf"), second)))
                .isEqualTo(second);
    }

    @Test
    void whenNoUsualPlaceHasTheFontTheMessageListsThemAndSaysWhatToInstall() {
        Path usual = dir.resolve("ipaexm.ttf");

        assertThatThrownBy(() -> JapaneseFont.locate(Optional.empty(), List.of(usual)))
                .isInstanceOf(FontNotFoundException.class)
                .hasMessageContaining(usual.toString())
                .hasMessageContaining("apt-get install fonts-ipaexfont-mincho");
    }

    @Test
    void findsTheDebianPackageOnThisMachine() {
        assertThat(JapaneseFont.locate(Optional.empty()).getFileName()).hasToString("ipaexm.ttf");
    }
}

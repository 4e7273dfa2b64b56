package jp.konbini.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds IPAex明朝 (IPAex Mincho, {@code ipaexm.ttf}), the font every certificate is drawn with.
 *
 * <p>IPAex is used because its licence allows embedding it in the issued PDF, and it covers the
 * JIS X 0213 kanji found in residents' names.
 */
public final class JapaneseFont {

    /** Where Debian and Ubuntu's fonts-ipaexfont-mincho package puts the font, newest layout first. */
    static final List<Path> DEBIAN_PLACES = List.of(
            Path.of("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"),
            Path.of("/usr/share/fonts/truetype/ipaexfont-mincho/ipaexm.ttf"));

    private JapaneseFont() {
    }

    /**
     * The font file to use.
     *
     * @param configured the operator's {@code render.font} setting, if any; it must exist
     * @return an existing, readable font file
     * @throws FontNotFoundException when the configured file is missing, or nothing is configured
     *         and the font is in none of the usual Debian places
     */
    public static Path locate(Optional<Path> configured) {
        return locate(configured, DEBIAN_PLACES);
    }

    static Path locate(Optional<Path> configured, List<Path> usualPlaces) {
        if (configured.isPresent()) {
            Path path = configured.get();
            if (!Files.isReadable(path)) {
                throw new FontNotFoundException("configured font file " + path + " does not exist");
            }
            return path;
        }
        return usualPlaces.stream()
                .filter(Files::isReadable)
                .findFirst()
                .orElseThrow(() -> new FontNotFoundException("IPAex Mincho not found in "
                        + usualPlaces.stream().map(Path::toString).collect(Collectors.joining(", "))));
    }
}

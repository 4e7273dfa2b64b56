package jp.konbini.render;

/**
 * The Japanese font (IPAex明朝) is not where it was expected. Unchecked: a city server without its
 * font cannot issue any certificate, so this stops start-up with a message that says how to fix it.
 */
public final class FontNotFoundException extends RuntimeException {

    /** What an operator has to do; part of every message. */
    static final String REMEDY =
            "apt-get install fonts-ipaexfont-mincho, or set render.font=/path/to/ipaexm.ttf";

    FontNotFoundException(String whatWasMissing) {
        super(whatWasMissing + ": " + REMEDY);
    }
}

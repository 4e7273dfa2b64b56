package jp.konbini.node;

import java.nio.file.Path;

/**
 * A config file that cannot be used. The message names the file, the line (0 when the problem is a
 * missing key) and what is wrong, so that a network engineer can fix it without reading code.
 */
public final class ConfigException extends Exception {
    private final Path file;
    private final int line;

    public ConfigException(Path file, int line, String problem) {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }
}

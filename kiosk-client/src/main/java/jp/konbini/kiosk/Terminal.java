package jp.konbini.kiosk;

import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The copier's screen and keypad in a terminal. The PIN is read without echo when a console exists;
 * otherwise (piped input, tests) from the same input as every other answer. An empty Optional means
 * the input ended, which the screens treat as cancel.
 */
final class Terminal {
    /** No answer on these screens is longer; the rest of a longer line is read and dropped, not kept. */
    static final int MAX_LINE = 64;

    private final Reader in;
    private final PrintStream out;
    private final Console console;

    private Terminal(Reader in, PrintStream out, Console console) {
        this.in = in;
        this.out = out;
        this.console = console;
    }

    /** The process's terminal, or its standard input and output when there is none. */
    static Terminal system() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Console console = System.console();
        return console != null
                ? new Terminal(console.reader(), out, console)
                : new Terminal(new InputStreamReader(System.in, StandardCharsets.UTF_8), out, null);
    }

    /** Scripted input, for tests and for driving the screens from another program. */
    static Terminal scripted(Reader in, PrintStream out) {
        return new Terminal(in, out, null);
    }

    void show(String text) {
        out.println(text);
    }

    /** One answer, trimmed; at most {@link #MAX_LINE} characters of it. */
    Optional<String> line() throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (sb.length() < MAX_LINE + 1) {
                sb.append((char) c); // one over the limit, so a too-long answer stays invalid
            }
        }
        if (c == -1 && sb.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(sb.toString().strip());
    }

    /** The PIN: masked on a console. */
    Optional<String> secret() throws IOException {
        if (console == null) {
            return line();
        }
        char[] typed = console.readPassword("> ");
        if (typed == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(typed).strip());
        } finally {
            Arrays.fill(typed, ' ');
        }
    }
}

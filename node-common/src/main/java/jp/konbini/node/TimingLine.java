package jp.konbini.node;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.konbini.protocol.ErrorCode;

/**
 * The one line each node logs per request for the load tool ({@code tools load}) to read back:
 * {@code timing hop=relay ms=12.3 outcome=ok}, or the refusal's code instead of {@code ok}
 * ({@code outcome=E012}). Every node writes and the tool parses it through this record, so they agree
 * on the format. It carries a hop name, a duration and a code: nothing about the resident or the request.
 *
 * @param hop     {@code relay}, {@code hub}, {@code city}
 * @param millis  how long the request spent in that hop
 * @param outcome {@link #OK} or a code such as {@code E012}
 */
public record TimingLine(String hop, double millis, String outcome) {
    /** The SLF4J logger the line goes to, at INFO. */
    public static final String LOGGER = "konbini.timing";
    public static final String OK = "ok";

    private static final Pattern LINE = Pattern.compile(
            "(?:^|\\s)timing hop=([a-z][a-z0-9-]*) ms=(\\d+(?:\\.\\d+)?) outcome=(ok|E\\d{3})$");

    /** {@code E012} for {@link ErrorCode#UNAVAILABLE}: the code the kiosk's screen shows as {@code [E012]}. */
    public static String outcome(ErrorCode code) {
        return "E%03d".formatted(code.code());
    }

    /** The message as logged. */
    public String format() {
        return String.format(Locale.ROOT, "timing hop=%s ms=%.1f outcome=%s", hop, millis, outcome);
    }

    /** The timing line at the end of a log line (after its timestamp, level, thread and logger), if it is one. */
    public static Optional<TimingLine> parse(String logLine) {
        Matcher m = LINE.matcher(logLine.stripTrailing());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new TimingLine(m.group(1), Double.parseDouble(m.group(2)), m.group(3)));
    }
}

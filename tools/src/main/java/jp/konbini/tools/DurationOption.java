package jp.konbini.tools;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.konbini.node.UsageException;

/** A duration on the command line: seconds ({@code 600} or {@code 600s}), minutes ({@code 10m}) or hours ({@code 1h}). */
final class DurationOption {
    private static final Pattern FORM = Pattern.compile("(\\d{1,7})([smh]?)");

    private DurationOption() {
    }

    static Duration parse(String value, String name) throws UsageException {
        Matcher m = FORM.matcher(value.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new UsageException(name + " must be a positive number of seconds, or minutes or hours such as 10m, 1h");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }
}

package jp.konbini.city.rules;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * システム保守 (a maintenance window) in Japan time, from the city's settings: the service is stopped
 * from {@code from} (inclusive) until {@code until} (exclusive).
 */
public record MaintenanceWindow(LocalDateTime from, LocalDateTime until) {
    public MaintenanceWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("maintenance ends " + until + " before it starts " + from);
        }
    }

    /** Parses the settings form {@code 2026-12-05T20:00 2026-12-06T06:00}. */
    public static MaintenanceWindow parse(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected 'FROM UNTIL' as 2026-12-05T20:00 2026-12-06T06:00");
        }
        try {
            return new MaintenanceWindow(LocalDateTime.parse(parts[0]), LocalDateTime.parse(parts[1]));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date and time: " + e.getParsedString(), e);
        }
    }

    public boolean covers(LocalDateTime time) {
        return !time.isBefore(from) && time.isBefore(until);
    }

    @Override
    public String toString() {
        return from + " " + until;
    }
}

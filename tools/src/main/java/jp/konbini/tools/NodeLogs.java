package jp.konbini.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.konbini.node.TimingLine;

/**
 * The nodes' {@link TimingLine}s of one run, read from their logs. A node logs to stdout; the lab's starters
 * (the demo, the system tests) keep it in {@code <node-id>/<node-id>.log} of the lab, and a node started by hand
 * logs where its stdout was sent: {@code DIR/<node-id>.log}. Only lines whose timestamp (the log's first field)
 * falls within the run count, so a log that has seen earlier runs can be read again.
 */
final class NodeLogs {
    /** The lines by hop ({@code relay}, {@code hub}, {@code city}: both cities are one hop), the logs read and those missing. */
    record Timings(Map<String, List<TimingLine>> byHop, List<Path> read, List<String> missing) {
    }

    private NodeLogs() {
    }

    /** Where a node's log is in {@code dir}, if anywhere: {@code <id>.log}, else {@code <id>/<id>.log}. */
    static Optional<Path> logOf(Path dir, String nodeId) {
        return java.util.stream.Stream.of(dir.resolve(nodeId + ".log"), dir.resolve(nodeId).resolve(nodeId + ".log"))
                .filter(Files::isRegularFile).findFirst();
    }

    static Timings read(Path dir, List<String> nodeIds, Instant from, Instant to) throws IOException {
        Map<String, List<TimingLine>> byHop = new TreeMap<>();
        List<Path> read = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : nodeIds) {
            Optional<Path> log = logOf(dir, id);
            if (log.isEmpty()) {
                missing.add(id);
                continue;
            }
            read.add(log.get());
            try (BufferedReader in = Files.newBufferedReader(log.get(), StandardCharsets.UTF_8)) {
                for (String line; (line = in.readLine()) != null; ) {
                    timing(line, from, to).ifPresent(t -> byHop.computeIfAbsent(t.hop(), h -> new ArrayList<>()).add(t));
                }
            }
        }
        return new Timings(byHop, read, missing);
    }

    /** The timing line of one log line, if it is one and was logged within {@code [from, to]}. */
    static Optional<TimingLine> timing(String line, Instant from, Instant to) {
        if (!line.contains("timing hop=")) {
            return Optional.empty();
        }
        Optional<TimingLine> t = TimingLine.parse(line);
        if (t.isEmpty()) {
            return t;
        }
        int space = line.indexOf(' ');
        try {
            Instant at = OffsetDateTime.parse(space < 0 ? line : line.substring(0, space)).toInstant();
            return at.isBefore(from) || at.isAfter(to) ? Optional.empty() : t;
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

package jp.konbini.node;

import io.netty.util.NetUtil;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A node's config file: {@code key = value} lines, {@code #} comments, blank lines ignored. Keys named
 * repeatable may appear many times; every other key at most once. Relative paths are resolved against
 * the folder of the config file, so a folder of config, keys and certificates can be copied to another
 * host as it is.
 */
public final class NodeConfig {
    /** One {@code key = value} line. */
    public record Entry(String key, String value, int line) {
    }

    private static final int MAX_FILE_BYTES = 1 << 20;

    private final Path file;
    private final Map<String, List<Entry>> entries;

    private NodeConfig(Path file, Map<String, List<Entry>> entries) {
        this.file = file;
        this.entries = entries;
    }

    /**
     * Reads a config file. {@code known} lists every key the node understands and {@code repeatable}
     * those that may repeat; anything else is an error, so a typo never goes unnoticed.
     */
    public static NodeConfig load(Path file, Set<String> known, Set<String> repeatable) throws ConfigException {
        Path absolute = file.toAbsolutePath().normalize();
        List<String> lines;
        try {
            if (Files.size(absolute) > MAX_FILE_BYTES) {
                throw new ConfigException(absolute, 0, "file is larger than 1 MiB");
            }
            lines = Files.readAllLines(absolute, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(absolute, 0, "cannot read: " + e.getMessage());
        }
        Map<String, List<Entry>> entries = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException(absolute, lineNo, "expected 'key = value', found '" + abbreviate(line) + "'");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (!known.contains(key)) {
                throw new ConfigException(absolute, lineNo, "unknown key '" + key + "'; known keys: " + String.join(", ", known));
            }
            if (value.isEmpty()) {
                throw new ConfigException(absolute, lineNo, "key '" + key + "' has no value");
            }
            // A NUL or other control character cannot be part of a path or an id; refused here, with the line,
            // rather than by Path.of later (found by NodeConfigFuzzTest: InvalidPathException at start-up).
            if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
                throw new ConfigException(absolute, lineNo, "key '" + key + "' has a control character in its value");
            }
            List<Entry> list = entries.computeIfAbsent(key, k -> new ArrayList<>());
            if (!list.isEmpty() && !repeatable.contains(key)) {
                throw new ConfigException(absolute, lineNo, "key '" + key + "' is already set on line " + list.get(0).line());
            }
            list.add(new Entry(key, value, lineNo));
        }
        return new NodeConfig(absolute, entries);
    }

    public Path file() {
        return file;
    }

    public Optional<Entry> optional(String key) {
        List<Entry> list = entries.get(key);
        return list == null ? Optional.empty() : Optional.of(list.get(0));
    }

    public Entry require(String key) throws ConfigException {
        return optional(key).orElseThrow(() -> new ConfigException(file, 0, "missing required key '" + key + "'"));
    }

    public String string(String key) throws ConfigException {
        return require(key).value();
    }

    public String string(String key, String fallback) {
        return optional(key).map(Entry::value).orElse(fallback);
    }

    public List<Entry> all(String key) {
        return entries.getOrDefault(key, List.of());
    }

    /** A path that must exist, relative to the config file's folder. */
    public Path existingPath(Entry entry) throws ConfigException {
        Path p = resolve(entry.value());
        if (!Files.exists(p)) {
            throw error(entry, "'" + entry.key() + "' names " + p + ", which does not exist");
        }
        return p;
    }

    public Path existingPath(String key) throws ConfigException {
        return existingPath(require(key));
    }

    /** A path relative to the config file's folder; it need not exist yet. */
    public Path resolve(String value) {
        Path p = Path.of(value);
        return p.isAbsolute() ? p : file.getParent().resolve(p).normalize();
    }

    public int integer(String key, int fallback, int min, int max) throws ConfigException {
        Optional<Entry> e = optional(key);
        if (e.isEmpty()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(e.get().value());
            if (v < min || v > max) {
                throw error(e.get(), "'" + key + "' must be between " + min + " and " + max);
            }
            return v;
        } catch (NumberFormatException ex) {
            throw error(e.get(), "'" + key + "' must be a whole number, found '" + abbreviate(e.get().value()) + "'");
        }
    }

    /** {@code host:port} with a literal address (no DNS lookups at start-up). */
    public InetSocketAddress socketAddress(Entry entry) throws ConfigException {
        String v = entry.value();
        int colon = v.lastIndexOf(':');
        if (colon <= 0 || colon == v.length() - 1) {
            throw error(entry, "'" + entry.key() + "' must be host:port, found '" + abbreviate(v) + "'");
        }
        String host = v.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(v.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw error(entry, "port in '" + entry.key() + "' is not a number");
        }
        if (port < 0 || port > 65535) {
            throw error(entry, "port in '" + entry.key() + "' must be 0-65535");
        }
        return new InetSocketAddress(literalAddress(entry, host), port);
    }

    public InetAddress literalAddress(Entry entry, String host) throws ConfigException {
        if (host.equals("localhost")) {
            return InetAddress.getLoopbackAddress();
        }
        // Parsed here, never by InetAddress.getByName: that resolves anything that is not a valid literal
        // ("abc", "999.1.1.1"), so a typo would mean a DNS lookup at start-up (found by NodeConfigFuzzTest).
        byte[] bytes = host.indexOf('%') >= 0 ? null : NetUtil.createByteArrayFromIpAddressString(host);
        if (bytes == null) {
            throw error(entry, "'" + host + "' is not an IP address (host names are not resolved; write the address)");
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw error(entry, "'" + host + "' is not an IP address");
        }
    }

    public ConfigException error(Entry entry, String problem) {
        return new ConfigException(file, entry.line(), problem);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}

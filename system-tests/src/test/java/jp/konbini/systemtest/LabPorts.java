package jp.konbini.systemtest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Ports for what a test adds beside a lab (a second hub, a faulty city in front of a real one). */
final class LabPorts {
    private static final Pattern LOOPBACK_PORT = Pattern.compile("127\\.0\\.0\\.1:(\\d+)");

    private LabPorts() {
    }

    /**
     * A loopback port free now that no config of the lab in {@code dir} names: the lab's own ports are free too
     * until its nodes start, and the kernel may hand one of them out again.
     */
    static int freeOutside(Path dir) throws IOException {
        Set<Integer> named = new HashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path conf : files.filter(p -> p.getFileName().toString().endsWith(".conf")).toList()) {
                Matcher m = LOOPBACK_PORT.matcher(Files.readString(conf));
                while (m.find()) {
                    named.add(Integer.parseInt(m.group(1)));
                }
            }
        }
        for (int attempt = 0; attempt < 100; attempt++) {
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                if (!named.contains(s.getLocalPort())) {
                    return s.getLocalPort();
                }
            }
        }
        throw new IOException("no free loopback port outside the lab's " + named);
    }
}

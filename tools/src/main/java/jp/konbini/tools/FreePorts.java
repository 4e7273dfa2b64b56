package jp.konbini.tools;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loopback ports for a lab's nodes and for what is added beside a lab (the revocation responder; in the system
 * tests a second hub, a faulty city). A port found free is free only until someone binds it: a lab's ports stay
 * free until its nodes start, and the kernel may hand one of them out again, so choosing must avoid them.
 * Public for the system tests, which build on labs; the package is not exported to any module.
 */
public final class FreePorts {
    /** A port on loopback as a config names it ({@code listen}, {@code route}, {@code hub.1}, ...). */
    private static final Pattern LOOPBACK_PORT = Pattern.compile("127\\.0\\.0\\.1:(\\d+)");

    private FreePorts() {
    }

    /**
     * {@code n} loopback ports free right now and different from each other: all held open at once while they
     * are chosen (one at a time, the kernel may hand out a port it has just taken back).
     */
    public static int[] distinct(int n) throws IOException {
        List<ServerSocket> held = new ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(s);
                ports[i] = s.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket s : held) {
                s.close();
            }
        }
    }

    /** A loopback port free now that no config ({@code *.conf}) of the lab in {@code dir} names. */
    public static int outside(Path dir) throws IOException {
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
            int port = distinct(1)[0];
            if (!named.contains(port)) {
                return port;
            }
        }
        throw new IOException("no free loopback port outside those the configs in " + dir + " name");
    }
}

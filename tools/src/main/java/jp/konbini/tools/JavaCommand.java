package jp.konbini.tools;

import java.util.ArrayList;
import java.util.List;

/** The command line that runs a module's main class in a new JVM, from this JVM's own module path. */
final class JavaCommand {
    private JavaCommand() {
    }

    static List<String> of(String mainRef, List<String> args) {
        String java = ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("cannot tell which java runs this process"));
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath == null) {
            throw new IllegalStateException("not started from a module path (use bin/konbini)");
        }
        List<String> cmd = new ArrayList<>(List.of(java, "-Xshare:auto", "--module-path", modulePath,
                "--add-modules", "ALL-MODULE-PATH"));
        if (mainRef.startsWith("konbini.city/")) {
            // the lab's H2 database runs in AUTO_SERVER mode (tests read it): its port on loopback only
            cmd.add("-Dh2.bindAddress=127.0.0.1");
        }
        if (mainRef.startsWith("konbini.kiosk/")) {
            // the kiosk's stdout is its screen: only warnings and alerts join it
            cmd.add("-Dkonbini.log.level=WARN");
        }
        cmd.addAll(List.of("-m", mainRef));
        cmd.addAll(args);
        return cmd;
    }
}

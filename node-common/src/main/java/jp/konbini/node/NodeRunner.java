package jp.konbini.node;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of a node process: read {@code --config FILE}, start, run until SIGTERM or Ctrl-C, stop
 * cleanly. A bad command line or config ends the process with one line on stderr and a non-zero code.
 */
public final class NodeRunner {
    private static final Logger LOG = LoggerFactory.getLogger(NodeRunner.class);

    /** Exit code for a bad command line. */
    public static final int EXIT_USAGE = 64;
    /** Exit code for a config file that cannot be used. */
    public static final int EXIT_CONFIG = 78;
    /** Exit code when the node cannot start (port taken, database unreachable...). */
    public static final int EXIT_START = 70;

    /** Starts a node from its config; the returned handle is closed on shutdown. */
    @FunctionalInterface
    public interface Starter {
        AutoCloseable start(Path config) throws Exception;
    }

    private NodeRunner() {
    }

    public static void run(String command, String usage, String[] args, Starter starter) {
        if (CommandLine.wantsHelp(args)) {
            System.out.println(usage);
            return;
        }
        Path config;
        try {
            config = Path.of(CommandLine.parse(args, Set.of("config"), Set.of()).require("config"));
        } catch (UsageException e) {
            System.err.println("konbini " + command + ": " + e.getMessage() + " (try --help)");
            System.exit(EXIT_USAGE);
            return;
        }
        AutoCloseable node;
        try {
            node = starter.start(config);
        } catch (ConfigException e) {
            System.err.println("konbini " + command + ": invalid config: " + e.getMessage());
            System.exit(EXIT_CONFIG);
            return;
        } catch (Exception e) {
            System.err.println("konbini " + command + ": cannot start: " + OneLine.of(e));
            LOG.debug("start failure", e);
            System.exit(EXIT_START);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                LOG.warn("{}: error while stopping: {}", command, e.toString());
            } finally {
                stopped.countDown();
            }
        }, "konbini-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package jp.konbini.protocol;

import java.util.OptionalInt;

/**
 * Protocol versions this build speaks. Each peer announces the range it supports in {@link Hello};
 * the connection then uses the highest version both ranges contain.
 */
public final class ProtocolVersion {

    /** The newest version this build speaks; written in the header of every frame it sends. */
    public static final int CURRENT = 1;

    /** The oldest version this build still accepts. */
    public static final int MIN_SUPPORTED = 1;

    private ProtocolVersion() {
    }

    /** Whether a frame header carrying {@code version} can be read by this build. */
    public static boolean isSupported(int version) {
        return version >= MIN_SUPPORTED && version <= CURRENT;
    }

    /** The hello this build sends: its whole supported range. */
    public static Hello hello(String nodeId) {
        return new Hello(MIN_SUPPORTED, CURRENT, nodeId);
    }

    /**
     * The version two peers agree on: the highest one inside both announced ranges, or empty when the
     * ranges do not overlap (the peer then answers {@link ErrorCode#UNSUPPORTED_VERSION} and closes).
     */
    public static OptionalInt negotiate(Hello local, Hello remote) {
        int highest = Math.min(local.maxVersion(), remote.maxVersion());
        int lowest = Math.max(local.minVersion(), remote.minVersion());
        return highest >= lowest ? OptionalInt.of(highest) : OptionalInt.empty();
    }
}

package jp.konbini.protocol;

import java.util.Objects;

/**
 * First message each side sends on a new connection (stream 0): the range of protocol versions it speaks
 * and its node id for logs. See {@link ProtocolVersion#negotiate(Hello, Hello)}.
 *
 * @param minVersion oldest version the sender accepts, 1..255
 * @param maxVersion newest version the sender speaks, {@code minVersion}..255
 * @param nodeId     operator-assigned name of the sending node, e.g. {@code relay-tokyo-1}
 */
public record Hello(int minVersion, int maxVersion, String nodeId) implements Message {

    public Hello {
        // The header carries the version in one unsigned byte, and 0 is never a version.
        if (minVersion < 1 || maxVersion > 255 || minVersion > maxVersion) {
            throw new IllegalArgumentException("bad version range " + minVersion + ".." + maxVersion);
        }
        Objects.requireNonNull(nodeId, "nodeId");
    }

    @Override
    public MessageType type() {
        return MessageType.HELLO;
    }
}

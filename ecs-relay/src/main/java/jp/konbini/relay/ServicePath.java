package jp.konbini.relay;

import java.util.Set;
import jp.konbini.protocol.MessageType;

/**
 * The only traffic the relay passes: the government-service path, by frame type, in each direction.
 * Anything else ends the connection, as a router that accepts only that path would.
 */
final class ServicePath {
    private static final Set<Integer> FROM_KIOSK = codes(MessageType.HELLO, MessageType.PING,
            MessageType.CHALLENGE_REQUEST, MessageType.ISSUE_REQUEST, MessageType.PRINT_RESULT);
    // GOAWAY: the hub is stopping; the kiosk of this connection must open no new stream here (PROTOCOL.md §7).
    private static final Set<Integer> FROM_HUB = codes(MessageType.HELLO, MessageType.PONG, MessageType.GOAWAY,
            MessageType.CHALLENGE, MessageType.ISSUE_RESPONSE, MessageType.DOCUMENT_CHUNK, MessageType.PRINT_ACK,
            MessageType.ERROR);

    private ServicePath() {
    }

    static boolean allowedFromKiosk(int type) {
        return FROM_KIOSK.contains(type);
    }

    static boolean allowedFromHub(int type) {
        return FROM_HUB.contains(type);
    }

    private static Set<Integer> codes(MessageType... types) {
        return java.util.Arrays.stream(types).map(MessageType::code).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}

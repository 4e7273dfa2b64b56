package jp.konbini.relay;

import java.util.Optional;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.ErrorMessage;
import jp.konbini.protocol.Message;
import jp.konbini.protocol.MessageType;
import jp.konbini.protocol.ProtocolLimits;
import jp.konbini.protocol.ProtocolVersion;
import jp.konbini.protocol.codec.Frame;
import jp.konbini.protocol.codec.MalformedMessageException;
import jp.konbini.protocol.codec.MessageBodies;

/** The few frames the relay writes itself, and the header facts it acts on. It never decodes a request's body. */
final class RelayFrames {
    private RelayFrames() {
    }

    static Frame message(int stream, Message m) {
        return new Frame(ProtocolVersion.CURRENT, m.type().code(), 0, stream, MessageBodies.encode(m));
    }

    static Frame error(int stream, ErrorCode code, String detail) {
        return message(stream, new ErrorMessage(code, detail));
    }

    /** The same frame on another stream: only the header changes, the body is passed on untouched. */
    static Frame onStream(Frame f, int stream) {
        return new Frame(f.version(), f.type(), f.flags(), stream, f.body());
    }

    /**
     * Whether this frame from the hub is the last of its stream (PROTOCOL.md §7): a CHALLENGE answers a
     * CHALLENGE_REQUEST, a PRINT_ACK closes an issue stream, an ERROR refuses whatever the stream carried.
     */
    static boolean endsStream(int type) {
        return type == MessageType.CHALLENGE.code() || type == MessageType.PRINT_ACK.code()
                || type == MessageType.ERROR.code();
    }

    /**
     * The code of an ERROR frame, for the relay's timing line; empty for any other frame. An ERROR body is a code
     * and a short reason the nodes write themselves, never a resident's data, so the relay may read it.
     */
    static Optional<ErrorCode> errorCode(Frame f) {
        if (f.type() != MessageType.ERROR.code()) {
            return Optional.empty();
        }
        try {
            return Optional.of(((ErrorMessage) MessageBodies.decode(f.type(), f.body(), ProtocolLimits.defaults())).code());
        } catch (MalformedMessageException | ClassCastException e) {
            return Optional.of(ErrorCode.BAD_FRAME);
        }
    }
}

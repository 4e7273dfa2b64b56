package jp.konbini.protocol.codec;

import java.util.Arrays;
import java.util.Objects;

import jp.konbini.protocol.ProtocolLimits;

/**
 * One frame as it travels: the header fields and the still-encoded body. {@code type} is the raw header byte,
 * not a {@link jp.konbini.protocol.MessageType}, so a relay can forward types newer than itself.
 *
 * @param version  protocol version, unsigned byte
 * @param type     message type, unsigned byte
 * @param flags    unsigned 16 bits; v1 defines none, sends 0 and ignores what it receives
 * @param streamId unsigned 32-bit stream id held in an int; 0 is the connection itself
 * @param body     the TLV body, not copied: the codec hands it over, callers must not change it
 */
public record Frame(int version, int type, int flags, int streamId, byte[] body) {

    /** "JLIS" in ASCII, the first four bytes of every frame. */
    public static final int MAGIC = 0x4A4C4953;

    /** Size of the fixed header that precedes every body. */
    public static final int HEADER_LENGTH = ProtocolLimits.FRAME_HEADER_LENGTH;

    public Frame {
        if ((version & ~0xFF) != 0 || (type & ~0xFF) != 0 || (flags & ~0xFFFF) != 0) {
            throw new IllegalArgumentException("version, type or flags out of range");
        }
        Objects.requireNonNull(body, "body");
    }

    /** Header plus body: the number of bytes this frame occupies on the wire. */
    public int length() {
        return HEADER_LENGTH + body.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f && version == f.version && type == f.type && flags == f.flags
                && streamId == f.streamId && Arrays.equals(body, f.body);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(version, type, flags, streamId) + Arrays.hashCode(body);
    }

    /** Header fields and body size only: a body may hold a resident's document. */
    @Override
    public String toString() {
        return "Frame[version=" + version + ", type=0x" + Integer.toHexString(type) + ", flags=0x"
                + Integer.toHexString(flags) + ", streamId=" + Integer.toUnsignedString(streamId)
                + ", body=<" + body.length + " bytes>]";
    }
}

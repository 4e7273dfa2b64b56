package jp.konbini.protocol.codec;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.HexFormat;

/** Hand-built wire bytes, so tests state exactly what a peer sent rather than trusting the encoder. */
final class Wire {

    private Wire() {
    }

    /** Hex as PROTOCOL.md writes it: whitespace ignored, {@code #} starts a comment. */
    static byte[] hex(String text) {
        StringBuilder digits = new StringBuilder();
        for (String line : text.split("\n")) {
            int comment = line.indexOf('#');
            digits.append((comment < 0 ? line : line.substring(0, comment)).replaceAll("\\s", ""));
        }
        return HexFormat.of().parseHex(digits);
    }

    static byte[] frame(int version, int type, int streamId, byte[] body) {
        return ByteBuffer.allocate(Frame.HEADER_LENGTH + body.length)
                .putInt(Frame.MAGIC)
                .put((byte) version)
                .put((byte) type)
                .putShort((short) 0)
                .putInt(streamId)
                .putInt(body.length)
                .put(body)
                .array();
    }

    static byte[] frame(int type, int streamId, byte[] body) {
        return frame(1, type, streamId, body);
    }

    static byte[] body(byte[]... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] field : fields) {
            out.writeBytes(field);
        }
        return out.toByteArray();
    }

    static byte[] field(int tag, byte[] value) {
        return ByteBuffer.allocate(6 + value.length).putShort((short) tag).putInt(value.length).put(value).array();
    }

    static byte[] int32(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }

    static byte[] int64(long value) {
        return ByteBuffer.allocate(8).putLong(value).array();
    }
}

package jp.konbini.protocol.codec;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * Appends TLV fields (tag u16, length u32, value) to a growing body. Refuses a field over its limit here, at
 * the sender, where the mistake is, rather than letting the peer refuse the whole message.
 */
final class BodyWriter {

    private byte[] buf;
    private int size;

    BodyWriter(int sizeHint) {
        buf = new byte[Math.max(16, sizeHint)];
    }

    BodyWriter int32(int tag, int value) {
        header(tag, 4);
        putInt(value);
        return this;
    }

    BodyWriter int64(int tag, long value) {
        header(tag, 8);
        putInt((int) (value >>> 32));
        putInt((int) value);
        return this;
    }

    BodyWriter bool(int tag, boolean value) {
        header(tag, 1);
        buf[size++] = (byte) (value ? 1 : 0);
        return this;
    }

    BodyWriter uuid(int tag, UUID value) {
        return int64Pair(tag, value.getMostSignificantBits(), value.getLeastSignificantBits());
    }

    BodyWriter bytes(int tag, byte[] value, long max) {
        if (value.length > max) {
            throw new IllegalArgumentException(String.format(
                    "tag 0x%04x: %d bytes exceed the limit of %d", tag, value.length, max));
        }
        header(tag, value.length);
        System.arraycopy(value, 0, buf, size, value.length);
        size += value.length;
        return this;
    }

    BodyWriter string(int tag, String value, int max) {
        return bytes(tag, utf8(tag, value), max);
    }

    byte[] toByteArray() {
        return size == buf.length ? buf : Arrays.copyOf(buf, size);
    }

    private BodyWriter int64Pair(int tag, long high, long low) {
        header(tag, 16);
        putInt((int) (high >>> 32));
        putInt((int) high);
        putInt((int) (low >>> 32));
        putInt((int) low);
        return this;
    }

    private void header(int tag, int length) {
        ensure(6 + length);
        buf[size++] = (byte) (tag >>> 8);
        buf[size++] = (byte) tag;
        putInt(length);
    }

    private void putInt(int v) {
        ensure(4);
        buf[size++] = (byte) (v >>> 24);
        buf[size++] = (byte) (v >>> 16);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    /** Strict: a lone surrogate would otherwise go out as '?' and come back as a different string. */
    private static byte[] utf8(int tag, String s) {
        if (!hasSurrogate(s)) {
            // Without surrogates every string is valid Unicode, and the JDK's own encoder is much cheaper than a
            // CharsetEncoder per field (CodecBenchmark).
            return s.getBytes(StandardCharsets.UTF_8);
        }
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(s));
            return Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(String.format("tag 0x%04x: string is not valid Unicode", tag), e);
        }
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

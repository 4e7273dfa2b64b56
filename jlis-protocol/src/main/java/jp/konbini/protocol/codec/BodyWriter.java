package jp.konbini.protocol.codec;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;

/**
 * Appends TLV fields (tag u16, length u32, value) to a body. Refuses a field over its limit here, at the sender,
 * where the mistake is, rather than letting the peer refuse the whole message.
 *
 * <p>Field headers and small values go into a scratch array, the same one for every message this thread writes
 * (fresh memory costs more to fill than memory the cache already holds: CodecBenchmark); a value of
 * {@value #DEFER_FROM} bytes or more (certificates, document chunks) is only remembered, and copied once,
 * straight into the finished body ({@link #toByteArray()}) or the frame, or, when big, not at all:
 * {@link #toFrame} then sends it from where it is, read-only. That is safe because such a value is the array of
 * an immutable message record or one the caller has just made.
 *
 * <p>One writer per message, used up by {@link #toByteArray()} or {@link #toFrame}, which give the scratch back.
 * A writer abandoned half way (a field over its limit) keeps it, and the thread's next writer makes a new one.
 */
final class BodyWriter {

    /** From this size on a value is worth a buffer of its own rather than a copy into the scratch array. */
    static final int DEFER_FROM = 1024;

    /**
     * From this many deferred bytes on a frame sends them from where they are; below, copying them into the
     * frame's one buffer is cheaper than a composite buffer (CodecBenchmark).
     */
    static final int VIEW_FROM = 8 << 10;

    /**
     * The scratch array never needs more than headers and small values (big values do not go into it); one that
     * grew beyond this is not kept for the next message.
     */
    private static final int MAX_KEPT_SCRATCH = 4096;

    /** Room for the headers and small values of every v1 message. */
    private static final int SCRATCH_SIZE = 512;

    /** This thread's scratch array while no writer holds it; null while one does. */
    private static final ThreadLocal<byte[][]> SCRATCH =
            ThreadLocal.withInitial(() -> new byte[][] {new byte[SCRATCH_SIZE]});

    private final byte[][] scratchHome;
    private byte[] buf;
    private int size;
    private byte[][] deferred;
    /** Where in the scratch array each deferred value belongs (it is written before the bytes from there on). */
    private int[] deferredAt;
    private int deferredCount;
    private long deferredBytes;

    /** @param sizeHint bytes of headers and small values expected, for when the thread's scratch is taken */
    BodyWriter(int sizeHint) {
        scratchHome = SCRATCH.get();
        byte[] kept = scratchHome[0];
        scratchHome[0] = null;
        buf = kept != null ? kept : new byte[Math.min(SCRATCH_SIZE, Math.max(16, sizeHint))];
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

    /** {@code value} must not change until this writer's output is made (and, for a frame, sent). */
    BodyWriter bytes(int tag, byte[] value, long max) {
        if (value.length > max) {
            throw new IllegalArgumentException(String.format(
                    "tag 0x%04x: %d bytes exceed the limit of %d", tag, value.length, max));
        }
        header(tag, value.length);
        if (value.length >= DEFER_FROM) {
            defer(value);
        } else {
            System.arraycopy(value, 0, buf, size, value.length);
            size += value.length;
        }
        return this;
    }

    BodyWriter string(int tag, String value, int max) {
        int n = value.length();
        if (n < DEFER_FROM && n <= max) {
            // ASCII (ids, codes, serials) is its own UTF-8: written in place, no array per string. Anything else
            // is undone and goes the long way.
            int start = size;
            header(tag, n);
            for (int i = 0; i < n; i++) {
                char c = value.charAt(i);
                if (c >= 0x80) {
                    size = start;
                    return bytes(tag, utf8(tag, value), max);
                }
                buf[size + i] = (byte) c;
            }
            size += n;
            return this;
        }
        return bytes(tag, utf8(tag, value), max);
    }

    /** Bytes of the whole body. */
    long length() {
        return size + deferredBytes;
    }

    /** The body in one new array of exactly its size, each value copied once. */
    byte[] toByteArray() {
        byte[] out = new byte[Math.toIntExact(length())];
        int to = 0;
        int from = 0;
        for (int i = 0; i < deferredCount; i++) {
            int scratch = deferredAt[i] - from;
            System.arraycopy(buf, from, out, to, scratch);
            to += scratch;
            System.arraycopy(deferred[i], 0, out, to, deferred[i].length);
            to += deferred[i].length;
            from = deferredAt[i];
        }
        System.arraycopy(buf, from, out, to, size - from);
        giveBackScratch();
        return out;
    }

    /**
     * The whole frame in a buffer of {@code alloc}: {@code header} (16 bytes, body length included) then the
     * body. Below {@value #VIEW_FROM} deferred bytes it is one heap buffer of exactly the frame's size (the JDK's
     * TLS engine reads heap buffers as they are; CodecBenchmark measured direct ones slower to fill); from there
     * on the deferred values join it as read-only views of where they are, not copies, in unpooled buffers. The
     * caller checked the length.
     */
    ByteBuf toFrame(ByteBufAllocator alloc, byte[] header) {
        int total = Math.toIntExact(header.length + length());
        ByteBuf out;
        if (deferredBytes < VIEW_FROM) {
            out = alloc.heapBuffer(total, total).writeBytes(header);
            int from = 0;
            for (int i = 0; i < deferredCount; i++) {
                out.writeBytes(buf, from, deferredAt[i] - from).writeBytes(deferred[i]);
                from = deferredAt[i];
            }
            out.writeBytes(buf, from, size - from);
        } else {
            // The header and small fields are a few dozen bytes here: an array of their own costs less than
            // pooled slices of one (CodecBenchmark).
            byte[] head = Arrays.copyOf(header, header.length + size);
            System.arraycopy(buf, 0, head, header.length, size);
            ByteBuf[] parts = new ByteBuf[2 * deferredCount + 1];
            int count = 0;
            int from = 0;
            for (int i = 0; i < deferredCount; i++) {
                int end = header.length + deferredAt[i];
                parts[count++] = Unpooled.wrappedBuffer(head, from, end - from);
                parts[count++] = Unpooled.wrappedBuffer(deferred[i]).asReadOnly();
                from = end;
            }
            if (from < head.length) {
                parts[count++] = Unpooled.wrappedBuffer(head, from, head.length - from);
            }
            out = Unpooled.wrappedBuffer(count, parts);
        }
        giveBackScratch();
        return out;
    }

    private void giveBackScratch() {
        if (buf.length <= MAX_KEPT_SCRATCH) {
            scratchHome[0] = buf;
        }
        buf = null;
    }

    private void defer(byte[] value) {
        if (deferred == null) {
            deferred = new byte[2][];
            deferredAt = new int[2];
        } else if (deferredCount == deferred.length) {
            deferred = Arrays.copyOf(deferred, 2 * deferredCount);
            deferredAt = Arrays.copyOf(deferredAt, 2 * deferredCount);
        }
        deferred[deferredCount] = value;
        deferredAt[deferredCount] = size;
        deferredCount++;
        deferredBytes += value.length;
    }

    private BodyWriter int64Pair(int tag, long high, long low) {
        header(tag, 16);
        putInt((int) (high >>> 32));
        putInt((int) high);
        putInt((int) (low >>> 32));
        putInt((int) low);
        return this;
    }

    /** Makes room for the header and, unless it will be deferred, for the value. */
    private void header(int tag, int length) {
        ensure(6 + (length >= DEFER_FROM ? 0 : length));
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

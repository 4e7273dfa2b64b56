package jp.konbini.protocol.codec;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import jp.konbini.protocol.ErrorCode;

/**
 * Indexes the TLV fields of one body and hands out typed values. The body is already in memory (the frame
 * decoder bounded it) and is read where it is, in the buffer it arrived in: a field is copied out, once, only
 * after its length passed the caller's limit. The reader never moves the buffer's indexes nor keeps it.
 *
 * <p>Rules: a field header needs 6 bytes and its value must fit in the body ({@code BAD_FRAME}); at most
 * {@value #MAX_FIELDS} fields and no tag twice ({@code PROTOCOL_VIOLATION}). A message decoder asks for the
 * tags it knows; {@link #finish()} then refuses any critical tag nobody asked for, and the rest are skipped.
 */
final class BodyReader {

    /**
     * Bounds the index so that a body of empty fields cannot cost more than a small array. At most 64: which
     * fields were read is one {@code long}.
     */
    static final int MAX_FIELDS = 64;

    /**
     * This thread's index (tags, offsets, lengths) while no reader holds it, null while one does: every body the
     * thread reads reuses it, because fresh memory costs more to fill than memory the cache holds (CodecBenchmark).
     */
    private static final ThreadLocal<int[][][]> INDEX = ThreadLocal.withInitial(() -> new int[][][] {newIndex()});

    private final ByteBuf body;
    private final int[][][] indexHome;
    private int[][] index;
    private final int[] tags;
    private final int[] offsets;
    private final int[] lengths;
    /** Bit i: field i was asked for. 64 bits, one per possible field. */
    private long read;
    private int count;
    /** Every tag so far is above the one before it, so the last is the highest. */
    private boolean ascending = true;
    /** Where {@link #find} looks first: after the field it found last. */
    private int next;

    /**
     * Reads the {@code bodyLength} bytes of {@code buf} from index {@code from} (absolute, the buffer's own indexes
     * untouched); the offsets below are indexes into {@code buf}. {@link #close()} when done, also on failure.
     */
    BodyReader(ByteBuf buf, int from, int bodyLength) {
        this.body = buf;
        indexHome = INDEX.get();
        index = indexHome[0] != null ? indexHome[0] : newIndex();
        indexHome[0] = null;
        tags = index[0];
        offsets = index[1];
        lengths = index[2];
        int pos = from;
        int end = from + bodyLength;
        while (pos < end) {
            if (end - pos < 6) {
                throw new MalformedMessageException(ErrorCode.BAD_FRAME,
                        "truncated field header at offset " + (pos - from));
            }
            int tag = body.getUnsignedShort(pos);
            long length = body.getUnsignedInt(pos + 2);
            pos += 6;
            if (length > end - pos) {
                throw new MalformedMessageException(ErrorCode.BAD_FRAME,
                        String.format("tag 0x%04x: length %d runs past the body", tag, length));
            }
            if (count == MAX_FIELDS) {
                throw new MalformedMessageException(ErrorCode.PROTOCOL_VIOLATION, "more than " + MAX_FIELDS + " fields");
            }
            // Senders write tags in ascending order: a tag above all before it cannot repeat one, no scan needed.
            boolean aboveAll = count == 0 || ascending && tag > tags[count - 1];
            if (!aboveAll && indexOf(tag) >= 0) {
                throw new MalformedMessageException(ErrorCode.PROTOCOL_VIOLATION,
                        String.format("tag 0x%04x appears twice", tag));
            }
            ascending = aboveAll;
            tags[count] = tag;
            offsets[count] = pos;
            lengths[count] = (int) length;
            count++;
            pos += (int) length;
        }
    }

    int int32(int tag) {
        int i = require(tag, 4);
        return body.getInt(offsets[i]);
    }

    long int64(int tag) {
        int i = require(tag, 8);
        return body.getLong(offsets[i]);
    }

    boolean bool(int tag) {
        int i = require(tag, 1);
        return switch (body.getByte(offsets[i])) {
            case 0 -> false;
            case 1 -> true;
            default -> throw malformed(ErrorCode.BAD_FRAME, tag, "boolean must be 0 or 1");
        };
    }

    UUID uuid(int tag) {
        int i = require(tag, 16);
        return new UUID(body.getLong(offsets[i]), body.getLong(offsets[i] + 8));
    }

    /**
     * A field of exactly {@code length} bytes (nonces, digests), in a new array handed over to the record it
     * is given to: that copy is the only one.
     */
    byte[] fixedBytes(int tag, int length) {
        int i = require(tag, length);
        return RecordArrays.handOver(ByteBufUtil.getBytes(body, offsets[i], length, true));
    }

    /** A field of at most {@code max} bytes, checked before the copy; handed over like {@link #fixedBytes}. */
    byte[] bytes(int tag, long max) {
        int i = find(tag);
        if (lengths[i] > max) {
            throw malformed(ErrorCode.BAD_FRAME, tag, lengths[i] + " bytes exceed the limit of " + max);
        }
        // Always a copy; from a heap buffer Arrays.copyOfRange, which does not zero the new array before filling it.
        return RecordArrays.handOver(ByteBufUtil.getBytes(body, offsets[i], lengths[i], true));
    }

    /** UTF-8 of at most {@code maxBytes}; invalid UTF-8 is refused so that re-encoding gives the same bytes. */
    String string(int tag, int maxBytes) {
        int i = find(tag);
        if (lengths[i] > maxBytes) {
            throw malformed(ErrorCode.BAD_FRAME, tag, lengths[i] + " bytes exceed the limit of " + maxBytes);
        }
        if (isAscii(offsets[i], lengths[i])) {
            // ASCII is valid UTF-8 as it is (ids, codes, serials): no CharsetDecoder per field (CodecBenchmark).
            return body.toString(offsets[i], lengths[i], StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(body.nioBuffer(offsets[i], lengths[i]))
                    .toString();
        } catch (CharacterCodingException e) {
            throw malformed(ErrorCode.BAD_FRAME, tag, "not valid UTF-8");
        }
    }

    private boolean isAscii(int offset, int length) {
        for (int j = offset; j < offset + length; j++) {
            if (body.getByte(j) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Call after reading every known field: unknown critical fields invalidate the message. */
    void finish() {
        for (int i = 0; i < count; i++) {
            if ((read & 1L << i) == 0 && (tags[i] & Tags.CRITICAL) != 0) {
                throw malformed(ErrorCode.PROTOCOL_VIOLATION, tags[i], "unknown critical tag");
            }
        }
    }

    private int require(int tag, int length) {
        int i = find(tag);
        if (lengths[i] != length) {
            throw malformed(ErrorCode.BAD_FRAME, tag, "must be " + length + " bytes, not " + lengths[i]);
        }
        return i;
    }

    private int find(int tag) {
        // Message decoders ask in tag order too, so the field after the last one found is the likely one.
        int i = next < count && tags[next] == tag ? next : indexOf(tag);
        if (i < 0) {
            throw malformed(ErrorCode.PROTOCOL_VIOLATION, tag, "required tag missing");
        }
        read |= 1L << i;
        next = i + 1;
        return i;
    }

    private int indexOf(int tag) {
        for (int i = 0; i < count; i++) {
            if (tags[i] == tag) {
                return i;
            }
        }
        return -1;
    }

    /** Gives the index back to the thread; the reader is not used afterwards. */
    void close() {
        if (index != null) {
            indexHome[0] = index;
            index = null;
        }
    }

    private static int[][] newIndex() {
        return new int[][] {new int[MAX_FIELDS], new int[MAX_FIELDS], new int[MAX_FIELDS]};
    }

    private static MalformedMessageException malformed(ErrorCode code, int tag, String what) {
        return new MalformedMessageException(code, String.format("tag 0x%04x: %s", tag, what));
    }
}

package jp.konbini.protocol.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import jp.konbini.protocol.ErrorCode;

/**
 * Indexes the TLV fields of one body and hands out typed values. The body is already in memory (the frame
 * decoder bounded it); a field is copied out only after its length passed the caller's limit.
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

    /** Enough for every v1 message; a body with more fields grows the index up to {@link #MAX_FIELDS}. */
    private static final int INITIAL_FIELDS = 16;

    private final byte[] body;
    private int[] tags = new int[INITIAL_FIELDS];
    private int[] offsets = new int[INITIAL_FIELDS];
    private int[] lengths = new int[INITIAL_FIELDS];
    /** Bit i: field i was asked for. 64 bits, one per possible field. */
    private long read;
    private int count;
    /** Every tag so far is above the one before it, so the last is the highest. */
    private boolean ascending = true;
    /** Where {@link #find} looks first: after the field it found last. */
    private int next;

    BodyReader(byte[] body) {
        this.body = body;
        int pos = 0;
        while (pos < body.length) {
            if (body.length - pos < 6) {
                throw new MalformedMessageException(ErrorCode.BAD_FRAME, "truncated field header at offset " + pos);
            }
            int tag = (body[pos] & 0xFF) << 8 | body[pos + 1] & 0xFF;
            long length = intAt(pos + 2) & 0xFFFF_FFFFL;
            pos += 6;
            if (length > body.length - pos) {
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
            if (count == tags.length) {
                grow();
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
        return intAt(offsets[i]);
    }

    long int64(int tag) {
        int i = require(tag, 8);
        return longAt(offsets[i]);
    }

    boolean bool(int tag) {
        int i = require(tag, 1);
        return switch (body[offsets[i]]) {
            case 0 -> false;
            case 1 -> true;
            default -> throw malformed(ErrorCode.BAD_FRAME, tag, "boolean must be 0 or 1");
        };
    }

    UUID uuid(int tag) {
        int i = require(tag, 16);
        return new UUID(longAt(offsets[i]), longAt(offsets[i] + 8));
    }

    /**
     * A field of exactly {@code length} bytes (nonces, digests), in a new array handed over to the record it
     * is given to: that copy is the only one.
     */
    byte[] fixedBytes(int tag, int length) {
        int i = require(tag, length);
        return RecordArrays.handOver(Arrays.copyOfRange(body, offsets[i], offsets[i] + length));
    }

    /** A field of at most {@code max} bytes, checked before the copy; handed over like {@link #fixedBytes}. */
    byte[] bytes(int tag, long max) {
        int i = find(tag);
        if (lengths[i] > max) {
            throw malformed(ErrorCode.BAD_FRAME, tag, lengths[i] + " bytes exceed the limit of " + max);
        }
        return RecordArrays.handOver(Arrays.copyOfRange(body, offsets[i], offsets[i] + lengths[i]));
    }

    /** UTF-8 of at most {@code maxBytes}; invalid UTF-8 is refused so that re-encoding gives the same bytes. */
    String string(int tag, int maxBytes) {
        int i = find(tag);
        if (lengths[i] > maxBytes) {
            throw malformed(ErrorCode.BAD_FRAME, tag, lengths[i] + " bytes exceed the limit of " + maxBytes);
        }
        if (isAscii(offsets[i], lengths[i])) {
            // ASCII is valid UTF-8 as it is (ids, codes, serials): no CharsetDecoder per field (CodecBenchmark).
            return new String(body, offsets[i], lengths[i], StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, offsets[i], lengths[i]))
                    .toString();
        } catch (CharacterCodingException e) {
            throw malformed(ErrorCode.BAD_FRAME, tag, "not valid UTF-8");
        }
    }

    private boolean isAscii(int offset, int length) {
        for (int j = offset; j < offset + length; j++) {
            if (body[j] < 0) {
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

    private void grow() {
        int size = Math.min(MAX_FIELDS, 2 * tags.length);
        tags = Arrays.copyOf(tags, size);
        offsets = Arrays.copyOf(offsets, size);
        lengths = Arrays.copyOf(lengths, size);
    }

    private int intAt(int pos) {
        return (body[pos] & 0xFF) << 24 | (body[pos + 1] & 0xFF) << 16 | (body[pos + 2] & 0xFF) << 8
                | body[pos + 3] & 0xFF;
    }

    private long longAt(int pos) {
        return (long) intAt(pos) << 32 | intAt(pos + 4) & 0xFFFF_FFFFL;
    }

    private static MalformedMessageException malformed(ErrorCode code, int tag, String what) {
        return new MalformedMessageException(code, String.format("tag 0x%04x: %s", tag, what));
    }
}

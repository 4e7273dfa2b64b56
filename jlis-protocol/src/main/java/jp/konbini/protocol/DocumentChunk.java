package jp.konbini.protocol;

import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * One piece of the issued document (print data), sent in order after the {@link IssueResponse}.
 * {@code toString} shows only the size: the bytes are a resident's certificate.
 *
 * @param requestId the request the document answers
 * @param index     0-based position of this chunk
 * @param last      true on the final chunk
 * @param data      the chunk's bytes
 */
public record DocumentChunk(UUID requestId, int index, boolean last, byte[] data) implements Message {

    public DocumentChunk {
        Objects.requireNonNull(requestId, "requestId");
        if (index < 0) {
            throw new IllegalArgumentException("negative chunk index " + index);
        }
        data = ByteArrays.copy(data, "data");
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public MessageType type() {
        return MessageType.DOCUMENT_CHUNK;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentChunk c && requestId.equals(c.requestId) && index == c.index
                && last == c.last && Arrays.equals(data, c.data);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(requestId, index, last) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "DocumentChunk[requestId=" + requestId + ", index=" + index + ", last=" + last
                + ", data=" + ByteArrays.describe(data) + "]";
    }
}

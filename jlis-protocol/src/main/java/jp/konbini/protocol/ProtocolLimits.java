package jp.konbini.protocol;

/**
 * Upper bounds on every length a peer may send. The codec checks each length against these before it
 * allocates anything, so a hostile peer cannot make a node reserve memory it never meant to give.
 *
 * @param maxFrameLength      whole frame, 16-byte header included
 * @param maxStringBytes      one UTF-8 string field (ids, codes, serials, error details)
 * @param maxCertificateBytes one certificate or signature field
 * @param maxChunkBytes       the data of one {@link DocumentChunk}
 * @param maxDocumentBytes    the announced length of a whole document
 */
public record ProtocolLimits(int maxFrameLength, int maxStringBytes, int maxCertificateBytes, int maxChunkBytes,
        long maxDocumentBytes) {

    /** Size of the fixed frame header. */
    public static final int FRAME_HEADER_LENGTH = 16;

    public ProtocolLimits {
        if (maxFrameLength < FRAME_HEADER_LENGTH || maxStringBytes < 0 || maxCertificateBytes < 0
                || maxChunkBytes < 1 || maxDocumentBytes < 0) {
            throw new IllegalArgumentException("limits out of range");
        }
        if (maxChunkBytes > maxFrameLength - FRAME_HEADER_LENGTH) {
            throw new IllegalArgumentException("a full chunk must fit in one frame");
        }
    }

    /** 1 MiB frames, 256-byte strings, 8 KiB certificates, 256 KiB chunks, 16 MiB documents. */
    public static ProtocolLimits defaults() {
        return new ProtocolLimits(1 << 20, 256, 8 << 10, 256 << 10, 16L << 20);
    }
}

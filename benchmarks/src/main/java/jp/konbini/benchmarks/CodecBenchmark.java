package jp.konbini.benchmarks;

import com.google.protobuf.ByteString;
import io.grpc.Drainable;
import io.grpc.KnownLength;
import io.grpc.MethodDescriptor.Marshaller;
import io.grpc.protobuf.ProtoUtils;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.PooledByteBufAllocator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import jp.konbini.benchmarks.proto.DocumentChunkPb;
import jp.konbini.benchmarks.proto.IssueRequestPb;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.DocumentChunk;
import jp.konbini.protocol.IssueRequest;
import jp.konbini.protocol.Message;
import jp.konbini.protocol.ProtocolLimits;
import jp.konbini.protocol.codec.Frame;
import jp.konbini.protocol.codec.MessageBodies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One encode plus one decode of the same message: our frame (16-byte header + TLV body) against protobuf through
 * gRPC-java's {@link ProtoUtils#marshaller}, the codec a gRPC call runs. Each side runs the path its transport
 * runs, from its own in-memory message to bytes in a Netty buffer and back:
 *
 * <ul>
 *   <li>ours: {@link MessageBodies#frame}, which is what {@code MessageCodec} writes (big byte fields go out
 *       as read-only views of the record's arrays, uncopied); then what {@code EnvelopeDecoder} does on receipt
 *       (magic, length checked before allocating) and {@link MessageBodies#decode} on the body where it lies in
 *       the received buffer, with every check the node runs (limits, TLV rules, UTF-8, record invariants), each
 *       field the record keeps copied out once;</li>
 *   <li>gRPC: what {@code MessageFramer} does (the 5-byte prefix, then the marshaller's stream drained through
 *       {@link Drainable} into the transport's buffer, pooled as in grpc-netty); then what
 *       {@code MessageDeframer} does (prefix, length checked against the limit) and {@link Marshaller#parse} on
 *       a {@link KnownLength} stream over the received bytes, as gRPC hands it.</li>
 * </ul>
 *
 * Neither side pays to convert into the other's types, and neither pays for TLS, which reads every byte once on
 * both. Messages: an ISSUE_REQUEST with a 1.5 KiB certificate, a 256-byte signature and a 91-byte kiosk key,
 * and a DOCUMENT_CHUNK of 64 KiB (the city's chunk size). On a shared machine compare the CPU time per
 * operation ({@code -prof jp.konbini.benchmarks.CpuTimeProfiler}), not the wall-clock time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
// Both sides allocate from Netty's pooled allocator, which in 4.2 gives a thread cache only to Netty's own threads
// (event loops) unless told otherwise; JMH's thread gets one too, as a node's event loop has.
@Fork(value = 3, jvmArgsAppend = "-Dio.netty.allocator.useCacheForAllThreads=true")
@State(Scope.Thread)
public class CodecBenchmark {

    private static final ProtocolLimits LIMITS = ProtocolLimits.defaults();
    private static final ByteBufAllocator ALLOC = PooledByteBufAllocator.DEFAULT;
    /** gRPC's default maximum inbound message size. */
    private static final int GRPC_MAX_MESSAGE = 4 << 20;

    private IssueRequest issueRequest;
    private DocumentChunk chunk;
    private IssueRequestPb issueRequestPb;
    private DocumentChunkPb chunkPb;
    private final Marshaller<IssueRequestPb> issueMarshaller = ProtoUtils.marshaller(IssueRequestPb.getDefaultInstance());
    private final Marshaller<DocumentChunkPb> chunkMarshaller = ProtoUtils.marshaller(DocumentChunkPb.getDefaultInstance());

    @Setup
    public void setUp() {
        Random random = new Random(6);
        UUID id = new UUID(random.nextLong(), random.nextLong());
        byte[] nonce = bytes(random, 32);
        byte[] certificate = bytes(random, 1536);
        byte[] signature = bytes(random, 256);
        byte[] kioskKey = bytes(random, 91);
        byte[] data = bytes(random, 64 * 1024);
        issueRequest = new IssueRequest(id, nonce, "kiosk-0001", "052019", CertificateType.JUMINHYO, 0, 1,
                certificate, signature, kioskKey);
        chunk = new DocumentChunk(id, 0, true, data);
        ByteString idBytes = ByteString.copyFrom(ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array());
        issueRequestPb = IssueRequestPb.newBuilder().setRequestId(idBytes).setChallengeNonce(ByteString.copyFrom(nonce))
                .setKioskId("kiosk-0001").setCityCode("052019").setCertificateType(1).setOptions(0).setCopies(1)
                .setCardCertificate(ByteString.copyFrom(certificate)).setSignature(ByteString.copyFrom(signature))
                .setKioskKey(ByteString.copyFrom(kioskKey))
                .build();
        chunkPb = DocumentChunkPb.newBuilder().setRequestId(idBytes).setIndex(0).setLast(true)
                .setData(ByteString.copyFrom(data)).build();
    }

    @Benchmark
    public Message jlisIssueRequest() {
        return roundTrip(issueRequest);
    }

    @Benchmark
    public IssueRequestPb grpcIssueRequest() throws IOException {
        return roundTrip(issueMarshaller, issueRequestPb);
    }

    @Benchmark
    public Message jlisDocumentChunk() {
        return roundTrip(chunk);
    }

    @Benchmark
    public DocumentChunkPb grpcDocumentChunk() throws IOException {
        return roundTrip(chunkMarshaller, chunkPb);
    }

    private static Message roundTrip(Message m) {
        // The allocator gRPC's side gets, as MessageCodec passes its channel's allocator.
        ByteBuf wire = MessageBodies.frame(ALLOC, 3, m, LIMITS);
        try {
            int start = wire.readerIndex();
            if (wire.getInt(start) != Frame.MAGIC) {
                throw new IllegalStateException("magic");
            }
            int type = wire.getUnsignedByte(start + 5);
            long length = wire.getUnsignedInt(start + 12);
            if (length > LIMITS.maxFrameLength() - Frame.HEADER_LENGTH) {
                throw new IllegalStateException("length");
            }
            // As EnvelopeDecoder: the body is read where it arrived, each kept field copied out once.
            wire.skipBytes(Frame.HEADER_LENGTH);
            return MessageBodies.decode(type, wire, LIMITS);
        } finally {
            wire.release();
        }
    }

    private static <T> T roundTrip(Marshaller<T> marshaller, T message) throws IOException {
        InputStream stream = marshaller.stream(message);
        int size = stream.available();
        ByteBuf wire = ALLOC.ioBuffer(5 + size);
        try {
            wire.writeByte(0).writeInt(size);
            try (ByteBufOutputStream out = new ByteBufOutputStream(wire)) {
                ((Drainable) stream).drainTo(out);
            }
            if (wire.readUnsignedByte() != 0) {
                throw new IllegalStateException("compressed");
            }
            int length = wire.readInt();
            if (length < 0 || length > GRPC_MAX_MESSAGE) {
                throw new IllegalStateException("length");
            }
            return marshaller.parse(new KnownLengthStream(wire.readSlice(length)));
        } finally {
            wire.release();
        }
    }

    /** gRPC's receive side hands the marshaller a {@link KnownLength} stream, so it reads the message at once. */
    private static final class KnownLengthStream extends ByteBufInputStream implements KnownLength {
        KnownLengthStream(ByteBuf buffer) {
            super(buffer);
        }
    }

    private static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}

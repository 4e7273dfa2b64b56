package jp.konbini.benchmarks;

import com.google.protobuf.ByteString;
import io.grpc.MethodDescriptor.Marshaller;
import io.grpc.protobuf.ProtoUtils;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
 * One encode plus one decode of the same message: our frame (16-byte header + TLV body, {@link MessageBodies})
 * against protobuf through gRPC-java's {@link ProtoUtils#marshaller}, the codec a gRPC call runs.
 *
 * <p>Both sides start from their own in-memory message (our record, the generated protobuf class) and end with
 * their own decoded message, so neither pays to convert into the other's types. Our side includes the frame
 * header and every check the node runs on receipt (limits, TLV rules, UTF-8, record invariants); the gRPC side
 * includes draining the marshaller's stream to bytes, as gRPC does when it writes to the wire, and parsing them
 * back. Messages: an ISSUE_REQUEST with a 1.5 KiB certificate and a 256-byte signature, and a DOCUMENT_CHUNK of
 * 64 KiB (the city's chunk size).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class CodecBenchmark {

    private static final ProtocolLimits LIMITS = ProtocolLimits.defaults();

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
        byte[] data = bytes(random, 64 * 1024);
        issueRequest = new IssueRequest(id, nonce, "kiosk-0001", "052019", CertificateType.JUMINHYO, 0, 1,
                certificate, new byte[0]).withSignature(signature);
        chunk = new DocumentChunk(id, 0, true, data);
        ByteString idBytes = ByteString.copyFrom(ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array());
        issueRequestPb = IssueRequestPb.newBuilder().setRequestId(idBytes).setChallengeNonce(ByteString.copyFrom(nonce))
                .setKioskId("kiosk-0001").setCityCode("052019").setCertificateType(1).setOptions(0).setCopies(1)
                .setCardCertificate(ByteString.copyFrom(certificate)).setSignature(ByteString.copyFrom(signature))
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
        return issueMarshaller.parse(new ByteArrayInputStream(drain(issueMarshaller.stream(issueRequestPb))));
    }

    @Benchmark
    public Message jlisDocumentChunk() {
        return roundTrip(chunk);
    }

    @Benchmark
    public DocumentChunkPb grpcDocumentChunk() throws IOException {
        return chunkMarshaller.parse(new ByteArrayInputStream(drain(chunkMarshaller.stream(chunkPb))));
    }

    /** Frame out (header + body in one array, as FrameEncoder writes it), then the receiver's full decode. */
    private static Message roundTrip(Message m) {
        byte[] body = MessageBodies.encode(m, LIMITS);
        byte[] wire = ByteBuffer.allocate(Frame.HEADER_LENGTH + body.length).putInt(Frame.MAGIC).put((byte) 1)
                .put((byte) m.type().code()).putShort((short) 0).putInt(3).putInt(body.length).put(body).array();
        ByteBuffer in = ByteBuffer.wrap(wire);
        if (in.getInt() != Frame.MAGIC) {
            throw new IllegalStateException("magic");
        }
        in.get();
        int type = in.get() & 0xFF;
        in.getShort();
        in.getInt();
        int length = in.getInt();
        if (length < 0 || length > LIMITS.maxFrameLength() - Frame.HEADER_LENGTH) {
            throw new IllegalStateException("length");
        }
        byte[] received = new byte[length];
        in.get(received);
        return MessageBodies.decode(type, received, LIMITS);
    }

    private static byte[] drain(InputStream stream) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(stream.available() > 0 ? stream.available() : 256);
        stream.transferTo(out);
        return out.toByteArray();
    }

    private static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}

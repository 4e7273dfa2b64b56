package jp.konbini.protocol.codec;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import jp.konbini.protocol.DocumentChunk;
import jp.konbini.protocol.IssueRequest;
import jp.konbini.protocol.Message;

/**
 * The codec's copy-free access to the {@code byte[]} inside message records. A record's accessor returns a copy
 * and its constructor takes one, which is right for every other caller but made a 64 KiB document chunk travel
 * through six copies per encode and decode (CodecBenchmark). The encoder only reads the arrays it gets here;
 * the decoder hands over arrays it has just filled and nobody else holds.
 *
 * <p>The handles come from a private lookup into {@code jp.konbini.protocol}, which on the module path (where the
 * nodes run) only code of this module may make: a module's packages are open to itself, and this one opens none
 * to others. A renamed field fails this class's initialisation, and with it every codec test.
 */
final class RecordArrays {

    private static final MethodHandle CHUNK_DATA;
    private static final MethodHandle REQUEST_CARD_CERTIFICATE;
    private static final MethodHandle REQUEST_SIGNATURE;
    private static final MethodHandle HAND_OVER;
    private static final MethodHandle CLEAR_HANDED_OVER;

    static {
        try {
            CHUNK_DATA = field(DocumentChunk.class, "data");
            REQUEST_CARD_CERTIFICATE = field(IssueRequest.class, "cardCertificate");
            REQUEST_SIGNATURE = field(IssueRequest.class, "signature");
            // ByteArrays is package-private: named here, found through a lookup that has that package's access.
            MethodHandles.Lookup records = MethodHandles.privateLookupIn(Message.class, MethodHandles.lookup());
            Class<?> byteArrays = records.findClass(Message.class.getPackageName() + ".ByteArrays");
            HAND_OVER = records.findStatic(byteArrays, "handOver", MethodType.methodType(void.class, byte[].class));
            CLEAR_HANDED_OVER = records.findStatic(byteArrays, "clearHandedOver", MethodType.methodType(void.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private RecordArrays() {
    }

    /** {@link DocumentChunk#data()} without the copy: read it, never change or keep it. */
    static byte[] data(DocumentChunk m) {
        try {
            return (byte[]) CHUNK_DATA.invokeExact(m);
        } catch (Throwable e) {
            throw unexpected(e);
        }
    }

    /** {@link IssueRequest#cardCertificate()} without the copy: read it, never change or keep it. */
    static byte[] cardCertificate(IssueRequest m) {
        try {
            return (byte[]) REQUEST_CARD_CERTIFICATE.invokeExact(m);
        } catch (Throwable e) {
            throw unexpected(e);
        }
    }

    /** {@link IssueRequest#signature()} without the copy: read it, never change or keep it. */
    static byte[] signature(IssueRequest m) {
        try {
            return (byte[]) REQUEST_SIGNATURE.invokeExact(m);
        } catch (Throwable e) {
            throw unexpected(e);
        }
    }

    /**
     * {@code fresh}, which the caller has just allocated and filled, may be kept by the record it is given to
     * next on this thread instead of being copied. The caller must not touch it afterwards.
     */
    static byte[] handOver(byte[] fresh) {
        try {
            HAND_OVER.invokeExact(fresh);
        } catch (Throwable e) {
            throw unexpected(e);
        }
        return fresh;
    }

    /** After a decode, taken or not: forget what was handed over. */
    static void clearHandedOver() {
        try {
            CLEAR_HANDED_OVER.invokeExact();
        } catch (Throwable e) {
            throw unexpected(e);
        }
    }

    private static MethodHandle field(Class<?> record, String name) throws ReflectiveOperationException {
        // A private field is reachable only through a lookup in its own class.
        return MethodHandles.privateLookupIn(record, MethodHandles.lookup()).findGetter(record, name, byte[].class);
    }

    /** The handles are a field read and two static calls that throw nothing checked. */
    private static RuntimeException unexpected(Throwable e) {
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(e);
    }
}

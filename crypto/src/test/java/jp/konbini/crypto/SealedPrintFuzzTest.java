package jp.konbini.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Fuzz target for what the kiosk parses out of a hub's answer (PROTOCOL.md, "Binding of ISSUE_RESPONSE" and
 * "Sealed print data"): the sealing key, the binding certificate and a sealed chunk, all from outside. Input
 * layout: {@code u8 n | n bytes sealing key | u16 m | m bytes binding certificate | the rest: one sealed chunk}.
 * Whatever the bytes, the answer is a value or a {@link GeneralSecurityException}, never another exception.
 */
class SealedPrintFuzzTest {
    private static final UUID REQUEST = UUID.fromString("6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9");
    /** The fixed kiosk key of the seeds (a P-256 PKCS#8 key made for this test only). */
    private static final PrivateKey KIOSK = kioskKey();
    private static final List<X509Certificate> ROOTS = List.of(root());

    @FuzzTest
    void sealedPrint(byte[] data) {
        if (data.length < 1) {
            return;
        }
        int n = data[0] & 0xFF;
        if (data.length < 1 + n + 2) {
            return;
        }
        byte[] sealingKey = Arrays.copyOfRange(data, 1, 1 + n);
        int m = (data[1 + n] & 0xFF) << 8 | data[2 + n] & 0xFF;
        int certStart = 3 + n;
        byte[] certificate = Arrays.copyOfRange(data, certStart, Math.min(data.length, certStart + m));
        byte[] chunk = Arrays.copyOfRange(data, Math.min(data.length, certStart + m), data.length);

        BindingCertificates.issuedFor(certificate, ROOTS, Role.HUB, Instant.parse("2027-01-01T00:00:00Z"));
        PrintSealing.decode(sealingKey).ifPresent(k -> assertThat(k.getParams().getOrder().bitLength()).isEqualTo(256));
        try {
            byte[] plain = PrintSealing.openerFor(KIOSK, sealingKey, REQUEST).open(0, true, chunk);
            assertThat(plain).hasSize(chunk.length - PrintSealing.TAG_BYTES);
        } catch (GeneralSecurityException expected) {
            // refused: a bad key, a failed tag
        }
    }

    /** The valid seed opens with the fixed key: without it the target would test nothing past the tag check. */
    @org.junit.jupiter.api.Test
    void theValidSeedOpens() throws Exception {
        byte[] seed;
        try (InputStream in = SealedPrintFuzzTest.class.getResourceAsStream(
                "SealedPrintFuzzTestInputs/sealedPrint/valid-sealed-chunk")) {
            seed = in.readAllBytes();
        }
        int n = seed[0] & 0xFF;
        int m = (seed[1 + n] & 0xFF) << 8 | seed[2 + n] & 0xFF;
        byte[] chunk = Arrays.copyOfRange(seed, 3 + n + m, seed.length);

        assertThat(PrintSealing.openerFor(KIOSK, Arrays.copyOfRange(seed, 1, 1 + n), REQUEST).open(0, true, chunk))
                .asString().startsWith("%PDF");
    }

    private static PrivateKey kioskKey() {
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(HexFormat.of().parseHex(
                    "3041020100301306072a8648ce3d020106082a8648ce3d030107042730250201010420"
                            + "497655f75ed9e7f509049de5ae437a8b75540f83f3480c1fc30c7610311a5ba0")));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate root() {
        try (InputStream in = SealedPrintFuzzTest.class.getResourceAsStream("fuzz-jpki-root.crt.pem")) {
            Path p = Files.createTempFile("konbini-fuzz-root-", ".pem");
            p.toFile().deleteOnExit();
            Files.write(p, in.readAllBytes());
            return Pem.readCertificates(p).getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

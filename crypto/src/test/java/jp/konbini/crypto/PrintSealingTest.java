package jp.konbini.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PrintSealingTest {
    private static final UUID REQUEST = UUID.fromString("6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9");
    private static final byte[] PRINT = "%PDF-1.7 the resident's certificate".getBytes(StandardCharsets.UTF_8);

    private final KeyPair kiosk = PrintSealing.oneTimeKey();
    private final ECPublicKey kioskPublic = PrintSealing.decode(PrintSealing.encode(kiosk.getPublic())).orElseThrow();

    @Test
    void theKioskOpensWhatTheHubSealedToItsKey() throws Exception {
        PrintSealing.Sealer sealer = PrintSealing.sealerFor(kioskPublic, REQUEST);
        byte[] sealed = sealer.seal(0, true, PRINT, 0, PRINT.length);

        assertThat(sealed).hasSize(PRINT.length + PrintSealing.TAG_BYTES);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
        byte[] opened = PrintSealing.openerFor(kiosk.getPrivate(), sealer.sealingKey(), REQUEST).open(0, true, sealed);
        assertThat(opened).isEqualTo(PRINT);
    }

    @Test
    void anotherKioskKeyCannotOpen() throws Exception {
        PrintSealing.Sealer sealer = PrintSealing.sealerFor(kioskPublic, REQUEST);
        byte[] sealed = sealer.seal(0, true, PRINT, 0, PRINT.length);
        KeyPair relay = PrintSealing.oneTimeKey();

        assertThatThrownBy(() -> PrintSealing.openerFor(relay.getPrivate(), sealer.sealingKey(), REQUEST)
                .open(0, true, sealed)).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void aChunkMovedReflaggedOrForAnotherRequestFailsItsTag() throws Exception {
        PrintSealing.Sealer sealer = PrintSealing.sealerFor(kioskPublic, REQUEST);
        byte[] sealed = sealer.seal(1, false, PRINT, 0, PRINT.length);
        PrintSealing.Opener opener = PrintSealing.openerFor(kiosk.getPrivate(), sealer.sealingKey(), REQUEST);

        assertThat(opener.open(1, false, sealed)).isEqualTo(PRINT);
        assertThatThrownBy(() -> opener.open(0, false, sealed)).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> opener.open(1, true, sealed)).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> PrintSealing.openerFor(kiosk.getPrivate(), sealer.sealingKey(), UUID.randomUUID())
                .open(1, false, sealed)).isInstanceOf(GeneralSecurityException.class);
        byte[] flipped = sealed.clone();
        flipped[3] ^= 1;
        assertThatThrownBy(() -> opener.open(1, false, flipped)).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> opener.open(1, false, new byte[5])).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void onlyP256KeysAreAccepted() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp384r1"));
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);

        assertThat(PrintSealing.decode(g.generateKeyPair().getPublic().getEncoded())).isEmpty();
        assertThat(PrintSealing.decode(rsa.generateKeyPair().getPublic().getEncoded())).isEmpty();
        assertThat(PrintSealing.decode(new byte[] {0x30, 0x00})).isEmpty();
        assertThat(PrintSealing.decode(PrintSealing.encode(kiosk.getPublic()))).isPresent();
        assertThat(PrintSealing.encode(kiosk.getPublic())).hasSize(91);
    }

    @Test
    void hkdfMatchesRfc5869TestCase1() throws Exception {
        HexFormat hex = HexFormat.of();
        byte[] okm = PrintSealing.hkdfSha256(hex.parseHex("000102030405060708090a0b0c"),
                hex.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), hex.parseHex("f0f1f2f3f4f5f6f7f8f9"), 42);

        assertThat(hex.formatHex(okm)).isEqualTo(
                "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
    }
}

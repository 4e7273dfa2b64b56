package jp.konbini.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DigestsTest {

    @Test
    void sha256OfPartsIsSha256OfTheirConcatenation() {
        byte[] abc = Digests.sha256("a".getBytes(StandardCharsets.US_ASCII), "bc".getBytes(StandardCharsets.US_ASCII));
        assertThat(Digests.hex(abc)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void hexRoundTripsAndAcceptsUpperCase() {
        assertThat(Digests.hex(new byte[] {0, (byte) 0xab, 0x7f})).isEqualTo("00ab7f");
        assertThat(Digests.unhex("00AB7f")).containsExactly(0, 0xab, 0x7f);
    }

    @Test
    void unhexRejectsOddLengthAndNonHex() {
        assertThatIllegalArgumentException().isThrownBy(() -> Digests.unhex("abc"));
        assertThatIllegalArgumentException().isThrownBy(() -> Digests.unhex("zz"));
    }
}

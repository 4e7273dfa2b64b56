package jp.konbini.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProtocolLimitsTest {

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertThat(ProtocolLimits.defaults())
                .isEqualTo(new ProtocolLimits(1_048_576, 256, 8_192, 262_144, 16_777_216L));
    }

    @Test
    void aFullChunkMustFitInOneFrame() {
        assertThatThrownBy(() -> new ProtocolLimits(1024, 256, 512, 1024, 4096))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package jp.konbini.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProtocolVersionTest {

    @Test
    void peersUseTheHighestVersionTheyShare() {
        assertThat(ProtocolVersion.negotiate(new Hello(1, 3, "a"), new Hello(2, 5, "b"))).hasValue(3);
    }

    @Test
    void peersWithoutACommonVersionAgreeOnNothing() {
        assertThat(ProtocolVersion.negotiate(new Hello(1, 1, "a"), new Hello(2, 2, "b"))).isEmpty();
    }

    @Test
    void thisBuildAnnouncesItsWholeRange() {
        Hello hello = ProtocolVersion.hello("hub-1");

        assertThat(hello).isEqualTo(new Hello(ProtocolVersion.MIN_SUPPORTED, ProtocolVersion.CURRENT, "hub-1"));
        assertThat(ProtocolVersion.negotiate(hello, hello)).hasValue(ProtocolVersion.CURRENT);
        assertThat(ProtocolVersion.isSupported(ProtocolVersion.CURRENT)).isTrue();
        assertThat(ProtocolVersion.isSupported(ProtocolVersion.CURRENT + 1)).isFalse();
    }
}

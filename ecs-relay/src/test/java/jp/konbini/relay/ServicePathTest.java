package jp.konbini.relay;

import static org.assertj.core.api.Assertions.assertThat;

import jp.konbini.protocol.MessageType;
import org.junit.jupiter.api.Test;

class ServicePathTest {
    @Test
    void kiosks_may_only_ask() {
        assertThat(ServicePath.allowedFromKiosk(MessageType.ISSUE_REQUEST.code())).isTrue();
        assertThat(ServicePath.allowedFromKiosk(MessageType.PRINT_RESULT.code())).isTrue();
        assertThat(ServicePath.allowedFromKiosk(MessageType.ISSUE_RESPONSE.code())).isFalse();
        assertThat(ServicePath.allowedFromKiosk(MessageType.DOCUMENT_CHUNK.code())).isFalse();
        assertThat(ServicePath.allowedFromKiosk(0x55)).isFalse();
    }

    @Test
    void the_hub_may_only_answer() {
        assertThat(ServicePath.allowedFromHub(MessageType.DOCUMENT_CHUNK.code())).isTrue();
        assertThat(ServicePath.allowedFromHub(MessageType.ERROR.code())).isTrue();
        assertThat(ServicePath.allowedFromHub(MessageType.ISSUE_REQUEST.code())).isFalse();
        assertThat(ServicePath.allowedFromHub(0x55)).isFalse();
    }
}

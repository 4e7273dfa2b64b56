package jp.konbini.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The numbered enums: wire codes are unique and read back. */
class CatalogueTest {

    @Test
    void messageTypesKeepTheirHeaderCodes() {
        assertThat(Arrays.stream(MessageType.values()).map(MessageType::code)).doesNotHaveDuplicates();
        assertThat(MessageType.HELLO.code()).isEqualTo(0x01);
        assertThat(MessageType.ISSUE_REQUEST.code()).isEqualTo(0x20);
        assertThat(MessageType.ERROR.code()).isEqualTo(0x7F);
        for (MessageType type : MessageType.values()) {
            assertThat(MessageType.fromCode(type.code())).hasValue(type);
        }
        assertThat(MessageType.fromCode(0x55)).isEmpty();
        assertThat(MessageType.fromCode(-1)).isEmpty();
        assertThat(MessageType.fromCode(256)).isEmpty();
    }

    @Test
    void connectionMessagesBelongOnStreamZeroAndRequestsNever() {
        assertThat(MessageType.PING.allowedOnStream(0)).isTrue();
        assertThat(MessageType.PING.allowedOnStream(1)).isFalse();
        assertThat(MessageType.ISSUE_REQUEST.allowedOnStream(0)).isFalse();
        assertThat(MessageType.ISSUE_REQUEST.allowedOnStream(-1)).isTrue();
        assertThat(MessageType.ERROR.allowedOnStream(0)).isTrue();
        assertThat(MessageType.ERROR.allowedOnStream(7)).isTrue();
    }

    @Test
    void certificateTypesReadBackByCodeAndCliName() {
        assertThat(Arrays.stream(CertificateType.values()).map(CertificateType::code)).doesNotHaveDuplicates();
        for (CertificateType type : CertificateType.values()) {
            assertThat(CertificateType.fromCode(type.code())).hasValue(type);
            assertThat(CertificateType.fromCliName(type.cliName())).hasValue(type);
        }
        assertThat(CertificateType.fromCliName("koseki-zenbu")).hasValue(CertificateType.KOSEKI_ZENBU);
        assertThat(CertificateType.KOSEKI_ZENBU.japaneseName()).isEqualTo("戸籍全部事項証明書");
        assertThat(CertificateType.fromCode(0)).isEmpty();
        assertThat(CertificateType.fromCliName("JUMINHYO")).isEmpty();
    }

    @Test
    void printOutcomesReadBack() {
        assertThat(PrintOutcome.fromCode(1)).hasValue(PrintOutcome.PRINTED);
        assertThat(PrintOutcome.fromCode(2)).hasValue(PrintOutcome.PRINT_FAILED);
        assertThat(PrintOutcome.fromCode(3)).isEmpty();
    }
}

package jp.konbini.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jp.konbini.crypto.pki.PkiLayout;
import org.junit.jupiter.api.Test;

class NodeIdentityTest {

    @Test
    void readsNodeIdFromCnAndRoleFromOu() {
        NodeIdentity hub = TestPki.node("hub-1");
        assertThat(hub.nodeId()).isEqualTo("hub-1");
        assertThat(hub.role()).contains(Role.HUB);
        assertThat(hub.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=hub-1,OU=hub,O=J-LIS Network");
        assertThat(TestPki.node("city-052019").role()).contains(Role.CITY);
        assertThat(TestPki.node("kiosk-0001").role()).contains(Role.KIOSK);
    }

    @Test
    void aKeyOfAnotherNodeIsRefusedNamingBothFiles() {
        PkiLayout pki = TestPki.layout();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NodeIdentity.load(pki.nodeKey("hub-1"), pki.nodeCertificate("relay-1")))
                .withMessageContaining(pki.nodeKey("hub-1").toString())
                .withMessageContaining(pki.nodeCertificate("relay-1").toString());
    }
}

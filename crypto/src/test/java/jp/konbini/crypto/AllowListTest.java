package jp.konbini.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import jp.konbini.crypto.pki.PkiLayout;
import org.junit.jupiter.api.Test;

class AllowListTest {

    private final X509Certificate jlis = TestPki.ca(PkiLayout.JLIS_NETWORK);
    private final X509Certificate storeOperator = TestPki.ca(PkiLayout.STORE_OPERATOR);
    private final X509Certificate hub = TestPki.node("hub-1").certificate();
    private final X509Certificate relay = TestPki.node("relay-1").certificate();
    private final X509Certificate kiosk = TestPki.node("kiosk-0001").certificate();
    private final X509Certificate rogueKiosk = TestPki.certificate(TestPki.layout().rogueKioskCertificate());

    @Test
    void admitsAListedPeerOfTheRightRoleAndCa() {
        AllowList city = peers(PeerRule.byName(Role.HUB, jlis, "hub-1"));
        assertThat(city.decide(List.of(hub)))
                .isEqualTo(new PeerDecision.Admitted(new PeerIdentity(Role.HUB, "hub-1", hub)));
    }

    @Test
    void admitsAPeerByItsKeyPin() {
        AllowList relayList = peers(PeerRule.byPin(Role.KIOSK, storeOperator, PeerRule.pinOf(kiosk)));
        assertThat(relayList.decide(List.of(kiosk))).isInstanceOf(PeerDecision.Admitted.class);
    }

    @Test
    void refusesARoleThatIsNotListed() {
        AllowList city = peers(PeerRule.byName(Role.HUB, jlis, "hub-1"));
        assertThat(city.decide(List.of(relay))).isEqualTo(new PeerDecision.Refused("role relay not allowed here"));
    }

    @Test
    void refusesAPeerIssuedByAnotherCaEvenWithTheListedName() {
        AllowList relayList = peers(PeerRule.byName(Role.KIOSK, storeOperator, "kiosk-0001"));
        assertThat(rogueKiosk.getSubjectX500Principal().getName()).startsWith("CN=kiosk-0001,OU=kiosk");
        assertThat(relayList.decide(List.of(rogueKiosk)))
                .isEqualTo(new PeerDecision.Refused("issuer CN=J-LIS Network Root CA,O=J-LIS Network not listed for role kiosk"));
    }

    @Test
    void refusesAKeyThatDoesNotMatchThePin() {
        AllowList relayList = new AllowList(List.of(), List.of(
                new PeerRule(Role.KIOSK, storeOperator, Optional.of("kiosk-0001"), Optional.of(PeerRule.pinOf(hub)))));
        assertThat(relayList.decide(List.of(kiosk)))
                .isInstanceOfSatisfying(PeerDecision.Refused.class,
                        refused -> assertThat(refused.reason()).contains("kiosk-0001").contains("does not match its pin"));
    }

    @Test
    void refusesANameThatIsNotListed() {
        AllowList city = peers(PeerRule.byName(Role.HUB, jlis, "hub-2"));
        assertThat(city.decide(List.of(hub))).isEqualTo(new PeerDecision.Refused("hub CN=hub-1 not listed"));
    }

    @Test
    void refusesAnEmptyChain() {
        assertThat(peers(PeerRule.byName(Role.HUB, jlis, "hub-1")).decide(List.of()))
                .isEqualTo(new PeerDecision.Refused("no peer certificate"));
    }

    @Test
    void refusesACertificateWithoutARole() {
        X509Certificate card = TestPki.certificate(TestPki.layout().caCertificate(PkiLayout.JPKI));
        assertThat(peers(PeerRule.byName(Role.HUB, jlis, "hub-1")).decide(List.of(card)))
                .isInstanceOfSatisfying(PeerDecision.Refused.class,
                        refused -> assertThat(refused.reason()).startsWith("certificate has no known role"));
    }

    @Test
    void permitsOnlyListedSourceAddresses() throws Exception {
        AllowList list = new AllowList(List.of(CidrRange.parse("127.0.0.1/32"), CidrRange.parse("10.1.0.0/16")), List.of());
        assertThat(list.permitsSource(InetAddress.getByName("127.0.0.1"))).isTrue();
        assertThat(list.permitsSource(InetAddress.getByName("10.1.200.3"))).isTrue();
        assertThat(list.permitsSource(InetAddress.getByName("127.0.0.2"))).isFalse();
        assertThat(new AllowList(List.of(), List.of()).permitsSource(InetAddress.getByName("127.0.0.1"))).isFalse();
    }

    private static AllowList peers(PeerRule... rules) {
        return new AllowList(List.of(), List.of(rules));
    }
}

package jp.konbini.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.UUID;
import jp.konbini.crypto.BindingSignatures;
import jp.konbini.crypto.Digests;
import jp.konbini.crypto.NodeIdentity;
import jp.konbini.crypto.Pem;
import jp.konbini.crypto.PrintSealing;
import jp.konbini.crypto.pki.PkiInit;
import jp.konbini.crypto.pki.PkiLayout;
import jp.konbini.crypto.pki.PkiSpec;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.IssueRequest;
import jp.konbini.protocol.IssueResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kiosk takes no fee and prints nothing unless the hub of its own network vouched for this very request. */
class HubBindingCheckTest {
    static PkiLayout pki;
    static List<X509Certificate> network;
    static NodeIdentity hub;
    static NodeIdentity relay;

    final byte[] card = "card certificate of resident A".getBytes(StandardCharsets.UTF_8);
    final byte[] kioskKey = PrintSealing.encode(PrintSealing.oneTimeKey().getPublic());
    final IssueRequest request = new IssueRequest(UUID.randomUUID(), new byte[32], "kiosk-0001", "052019",
            CertificateType.JUMINHYO, 0, 1, card, new byte[] {1}, kioskKey);
    final byte[] print = "%PDF-1.7 print data".getBytes(StandardCharsets.US_ASCII);
    final IssueResponse unsigned = new IssueResponse(request.requestId(), "052019-20261127-000001", print.length,
            Digests.sha256(print), Digests.sha256(card), 1, new byte[0])
            .sealedWith(PrintSealing.encode(PrintSealing.oneTimeKey().getPublic()));

    @BeforeAll
    static void pki() throws Exception {
        pki = PkiInit.init(Files.createTempDirectory("kiosk-binding-").resolve("pki"), PkiSpec.demo());
        network = Pem.readCertificates(pki.caCertificate("jlis-network"));
        hub = NodeIdentity.load(pki.nodeKey("hub-1"), pki.nodeCertificate("hub-1"));
        relay = NodeIdentity.load(pki.nodeKey("relay-1"), pki.nodeCertificate("relay-1"));
    }

    IssueResponse signedBy(NodeIdentity signer, byte[] forKioskKey) throws Exception {
        return unsigned.withBinding(BindingSignatures.sign(signer, unsigned.bindingContent(forKioskKey)),
                signer.certificate().getEncoded());
    }

    @Test
    void the_hubs_binding_for_this_request_passes() throws Exception {
        assertThat(IssueFlow.hubBindingMismatch(request, signedBy(hub, kioskKey), network)).isEmpty();
    }

    @Test
    void a_relay_cannot_vouch_for_print_data_even_with_a_valid_network_certificate() throws Exception {
        assertThat(IssueFlow.hubBindingMismatch(request, signedBy(relay, kioskKey), network))
                .hasValue("not signed by a hub of the network");
    }

    @Test
    void a_binding_made_for_another_kiosk_key_is_refused() throws Exception {
        byte[] other = PrintSealing.encode(PrintSealing.oneTimeKey().getPublic());

        assertThat(IssueFlow.hubBindingMismatch(request, signedBy(hub, other), network))
                .hasValue("the hub's binding signature does not verify for this request");
    }

    @Test
    void an_unsigned_answer_or_one_from_another_root_is_refused() throws Exception {
        assertThat(IssueFlow.hubBindingMismatch(request, unsigned, network)).isPresent();
        List<X509Certificate> storeRoot = Pem.readCertificates(pki.caCertificate("store-operator"));
        assertThat(IssueFlow.hubBindingMismatch(request, signedBy(hub, kioskKey), storeRoot)).isPresent();
    }
}

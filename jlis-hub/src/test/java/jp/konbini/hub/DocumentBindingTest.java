package jp.konbini.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import jp.konbini.crypto.Digests;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.IssueRequest;
import jp.konbini.protocol.IssueResponse;
import org.junit.jupiter.api.Test;

/** The hub's guard against a certificate reaching the wrong person. */
class DocumentBindingTest {
    static final byte[] CARD_A = "card certificate of resident A".getBytes(StandardCharsets.UTF_8);
    static final byte[] CARD_B = "card certificate of resident B".getBytes(StandardCharsets.UTF_8);
    static final byte[] DOCUMENT = "%PDF-1.7 the certificate".getBytes(StandardCharsets.UTF_8);

    final IssueRequest request = new IssueRequest(UUID.randomUUID(), new byte[32], "kiosk-0001", "052019",
            CertificateType.JUMINHYO, 0, 1, CARD_A, new byte[] {1});

    IssueResponse response(UUID id, byte[] card, byte[] document) {
        return new IssueResponse(id, "052019-20261127-000001", document.length, Digests.sha256(document),
                Digests.sha256(card), 1, new byte[0]);
    }

    @Test
    void an_answer_for_this_request_and_card_passes() {
        IssueResponse r = response(request.requestId(), CARD_A, DOCUMENT);

        assertThat(DocumentBinding.checkHeader(request, r, 1 << 20)).isEmpty();
        assertThat(DocumentBinding.checkDocument(r, DOCUMENT)).isEmpty();
    }

    @Test
    void an_answer_naming_another_request_is_stopped() {
        assertThat(DocumentBinding.checkHeader(request, response(UUID.randomUUID(), CARD_A, DOCUMENT), 1 << 20))
                .hasValue("response names another request id");
    }

    @Test
    void an_answer_bound_to_another_card_is_stopped() {
        assertThat(DocumentBinding.checkHeader(request, response(request.requestId(), CARD_B, DOCUMENT), 1 << 20))
                .hasValue("response is bound to another card");
    }

    @Test
    void a_document_that_differs_from_its_header_is_stopped() {
        IssueResponse r = response(request.requestId(), CARD_A, DOCUMENT);
        byte[] other = "%PDF-1.7 someone else's page".getBytes(StandardCharsets.UTF_8);

        assertThat(DocumentBinding.checkDocument(r, other)).isPresent();
    }

    @Test
    void an_oversized_document_is_stopped_before_it_is_received() {
        assertThat(DocumentBinding.checkHeader(request, response(request.requestId(), CARD_A, DOCUMENT), 4))
                .get().asString().contains("outside limits");
    }

    @Test
    void only_the_city_links_own_signature_over_this_request_passes() throws Exception {
        var city = HubTestPki.node("city-052019");
        var otherCity = HubTestPki.node("city-052035");
        byte[] kioskKey = jp.konbini.crypto.PrintSealing.encode(jp.konbini.crypto.PrintSealing.oneTimeKey().getPublic());
        IssueRequest withKey = new IssueRequest(request.requestId(), new byte[32], "kiosk-0001", "052019",
                CertificateType.JUMINHYO, 0, 1, CARD_A, new byte[] {1}, kioskKey);
        IssueResponse unsigned = response(withKey.requestId(), CARD_A, DOCUMENT);
        IssueResponse signed = unsigned.withBinding(
                jp.konbini.crypto.BindingSignatures.sign(city, unsigned.bindingContent(kioskKey)),
                city.certificate().getEncoded());
        var link = java.util.Optional.of(city.certificate());

        assertThat(DocumentBinding.checkCitySignature(withKey, signed, link)).isEmpty();
        assertThat(DocumentBinding.checkCitySignature(withKey, signed, java.util.Optional.of(otherCity.certificate())))
                .hasValue("binding signed with a certificate other than the city link's");
        assertThat(DocumentBinding.checkCitySignature(withKey, unsigned, link)).isPresent();
        assertThat(DocumentBinding.checkCitySignature(withKey, signed, java.util.Optional.empty())).isPresent();
        // the same answer presented for a request with another kiosk key (a swapped or replayed answer)
        IssueRequest otherKey = new IssueRequest(request.requestId(), new byte[32], "kiosk-0001", "052019",
                CertificateType.JUMINHYO, 0, 1, CARD_A, new byte[] {1},
                jp.konbini.crypto.PrintSealing.encode(jp.konbini.crypto.PrintSealing.oneTimeKey().getPublic()));
        assertThat(DocumentBinding.checkCitySignature(otherKey, signed, link))
                .hasValue("the city's binding signature does not verify for this request");
    }
}

package jp.konbini.city;

import java.security.cert.CertificateEncodingException;
import jp.konbini.crypto.BindingSignatures;
import jp.konbini.crypto.NodeIdentity;
import jp.konbini.protocol.IssueRequest;
import jp.konbini.protocol.IssueResponse;

/**
 * The city vouches for every answer (PROTOCOL.md, "Binding of ISSUE_RESPONSE"): its node key signs the request id,
 * the card's digest, the document's digest and the kiosk key of the request it answered, so that the hub can prove
 * the document it forwards is the one this city made for this request, and nothing any component mixed up.
 */
final class CityBinding {
    private CityBinding() {
    }

    static IssueResponse sign(IssueResponse unsigned, IssueRequest request, NodeIdentity city) {
        byte[] signature = BindingSignatures.sign(city, unsigned.bindingContent(request.kioskKey()));
        try {
            return unsigned.withBinding(signature, city.certificate().getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("the city's own certificate cannot be encoded", e);
        }
    }
}

package jp.konbini.hub;

import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;
import jp.konbini.crypto.BindingSignatures;
import jp.konbini.crypto.Digests;
import jp.konbini.protocol.IssueRequest;
import jp.konbini.protocol.IssueResponse;

/**
 * The check that makes a wrong-person certificate stop at the hub: the city's answer must name the
 * request the hub authenticated, the card that signed it, and the exact bytes that follow.
 */
final class DocumentBinding {
    private DocumentBinding() {
    }

    /** Empty when the header matches the request; otherwise what does not match (safe to log). */
    static Optional<String> checkHeader(IssueRequest request, IssueResponse response, long maxDocumentBytes) {
        if (!request.requestId().equals(response.requestId())) {
            return Optional.of("response names another request id");
        }
        if (!Arrays.equals(Digests.sha256(request.cardCertificate()), response.cardCertificateSha256())) {
            return Optional.of("response is bound to another card");
        }
        if (response.documentLength() <= 0 || response.documentLength() > maxDocumentBytes) {
            return Optional.of("document length " + response.documentLength() + " outside limits");
        }
        if (response.chunkCount() <= 0) {
            return Optional.of("no document chunks announced");
        }
        return Optional.empty();
    }

    /**
     * Empty when the city's binding signature is the city's: made by the key of the certificate that city presented
     * on this very link, over the request the hub authenticated (with its kiosk key) and the header as received.
     */
    static Optional<String> checkCitySignature(IssueRequest request, IssueResponse response,
                                               Optional<X509Certificate> cityCertificate) {
        if (cityCertificate.isEmpty()) {
            return Optional.of("the city link has no admitted certificate");
        }
        X509Certificate city = cityCertificate.get();
        try {
            if (!Arrays.equals(city.getEncoded(), response.bindingCertificate())) {
                return Optional.of("binding signed with a certificate other than the city link's");
            }
        } catch (CertificateEncodingException e) {
            return Optional.of("the city link's certificate cannot be encoded");
        }
        if (!BindingSignatures.verify(city, response.bindingContent(request.kioskKey()), response.bindingSignature())) {
            return Optional.of("the city's binding signature does not verify for this request");
        }
        return Optional.empty();
    }

    /** Empty when the received document is the one the header announced. */
    static Optional<String> checkDocument(IssueResponse response, byte[] document) {
        if (document.length != response.documentLength()) {
            return Optional.of("document has " + document.length + " bytes, header said " + response.documentLength());
        }
        if (!MessageDigest.isEqual(Digests.sha256(document), response.documentSha256())) {
            return Optional.of("document digest differs from the header");
        }
        return Optional.empty();
    }
}

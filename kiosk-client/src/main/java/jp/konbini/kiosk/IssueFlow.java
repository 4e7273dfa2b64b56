package jp.konbini.kiosk;

import java.io.IOException;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.security.cert.CertificateEncodingException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import jp.konbini.crypto.BindingCertificates;
import jp.konbini.crypto.BindingSignatures;
import jp.konbini.crypto.CardSignatures;
import jp.konbini.crypto.PrintSealing;
import jp.konbini.crypto.Role;
import jp.konbini.crypto.Digests;
import jp.konbini.crypto.card.PinResult;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.Challenge;
import jp.konbini.protocol.ChallengeRequest;
import jp.konbini.protocol.DocumentChunk;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.ErrorMessage;
import jp.konbini.protocol.Hello;
import jp.konbini.protocol.IssueRequest;
import jp.konbini.protocol.IssueResponse;
import jp.konbini.protocol.LocalGovernmentCode;
import jp.konbini.protocol.Message;
import jp.konbini.protocol.PrintAck;
import jp.konbini.protocol.PrintOutcome;
import jp.konbini.protocol.PrintResult;
import jp.konbini.protocol.ProtocolLimits;
import jp.konbini.protocol.ProtocolVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One resident's visit, J-LIS steps 1, 2, 6, 7 and 8: PIN on the card, challenge, signed request,
 * the certificate checked against this very request and card, print, confirm, erase.
 */
final class IssueFlow {
    private static final Logger LOG = LoggerFactory.getLogger(IssueFlow.class);
    private static final int CHALLENGE_STREAM = 1;
    private static final int ISSUE_STREAM = 3;

    /** What the resident chose on the screen; {@code options} are the 住民票 option bits of {@link CertificateType}. */
    record Order(String cityCode, CertificateType type, int copies, int options) {
        Order(String cityCode, CertificateType type, int copies) {
            this(cityCode, type, copies, 0);
        }
    }

    private final KioskConfig config;
    private final Printer printer;

    IssueFlow(KioskConfig config, Printer printer) {
        this.config = config;
        this.printer = printer;
    }

    IssueResult run(Card card, String pin, Order order) throws InterruptedException {
        if (LocalGovernmentCode.parse(order.cityCode()).isEmpty()) {
            return new IssueResult.Refused(ErrorCode.INVALID_CITY_CODE);
        }
        switch (card.verifyPin(pin)) {
            case PinResult.Accepted a -> { }
            case PinResult.Wrong w -> {
                return new IssueResult.PinWrong(w.triesLeft());
            }
            case PinResult.Blocked b -> {
                return new IssueResult.PinBlocked();
            }
            case PinResult.Malformed m -> {
                return new IssueResult.Refused(ErrorCode.PIN_WRONG);
            }
        }
        InetAddress bind = config.localBind().orElse(null);
        try (KioskConnection link = KioskConnection.open(config, bind)) {
            return exchange(link, card, order);
        } catch (IOException e) {
            return new IssueResult.Unreachable(e.getMessage());
        }
    }

    private IssueResult exchange(KioskConnection link, Card card, Order order) throws IOException, InterruptedException {
        String kioskId = config.node().nodeId();
        link.send(new Envelope(0, new Hello(ProtocolVersion.MIN_SUPPORTED, ProtocolVersion.CURRENT, kioskId)));
        link.send(new Envelope(CHALLENGE_STREAM, new ChallengeRequest(kioskId, order.cityCode())));
        Message answer = next(link, CHALLENGE_STREAM);
        if (!(answer instanceof Challenge challenge)) {
            return refusal(answer);
        }
        byte[] cardCertificate;
        try {
            cardCertificate = card.certificate().getEncoded();
        } catch (CertificateEncodingException e) {
            return new IssueResult.Refused(ErrorCode.CARD_CERTIFICATE_INVALID);
        }
        // A key for this request only: the hub encrypts the print data to it, so the relay forwards ciphertext.
        KeyPair printKey = PrintSealing.oneTimeKey();
        IssueRequest unsigned = new IssueRequest(UUID.randomUUID(), challenge.nonce(), kioskId, order.cityCode(),
                order.type(), order.options(), order.copies(), cardCertificate, new byte[0],
                PrintSealing.encode(printKey.getPublic()));
        byte[] signature = card.signDigestInfo(CardSignatures.digestInfoSha256(unsigned.signedContent()));
        IssueRequest request = unsigned.withSignature(signature);
        link.send(new Envelope(ISSUE_STREAM, request));

        answer = next(link, ISSUE_STREAM);
        if (!(answer instanceof IssueResponse response)) {
            return refusal(answer);
        }
        Optional<String> mismatch = headerMismatch(request, response)
                .or(() -> hubBindingMismatch(request, response, config.node().trustAnchors()));
        byte[] document;
        try {
            document = mismatch.isPresent() ? null : receiveDocument(link, response, printKey);
        } catch (StreamEnded ended) {
            // the hub or the relay gave up on this request mid-document (a hub that died, a city link lost):
            // its own answer, not a mismatch; nothing was printed and no fee taken
            LOG.warn("request {} ended before its document arrived: {}", request.requestId(), ended.error.code());
            return refusal(ended.error);
        }
        if (document == null) {
            LOG.error("ALERT certificate for request {} does not match this kiosk's request: {}; not printed",
                    request.requestId(), mismatch.orElse("document differs from its header"));
            link.send(new Envelope(ISSUE_STREAM, new PrintResult(request.requestId(), PrintOutcome.PRINT_FAILED)));
            return new IssueResult.Refused(ErrorCode.BINDING_MISMATCH);
        }
        try {
            LOG.info("fee taken for {} copies; printing certificate {}", order.copies(), response.certificateSerial());
            try {
                printer.print(document);
            } catch (IOException e) {
                link.send(new Envelope(ISSUE_STREAM, new PrintResult(request.requestId(), PrintOutcome.PRINT_FAILED)));
                next(link, ISSUE_STREAM);
                return new IssueResult.Refused(ErrorCode.INTERNAL_ERROR);
            }
        } finally {
            Arrays.fill(document, (byte) 0); // J-LIS step 8: the kiosk keeps nothing after printing
        }
        link.send(new Envelope(ISSUE_STREAM, new PrintResult(request.requestId(), PrintOutcome.PRINTED)));
        Message ack = next(link, ISSUE_STREAM);
        if (!(ack instanceof PrintAck)) {
            LOG.warn("printed certificate {} but the city did not acknowledge: {}", response.certificateSerial(), ack.type());
        }
        return new IssueResult.Issued(printer.destination(), response.certificateSerial(), response.documentLength());
    }

    /** The certificate must be for this request and this card, before a yen is taken or a dot printed. */
    private static Optional<String> headerMismatch(IssueRequest request, IssueResponse response) {
        if (!request.requestId().equals(response.requestId())) {
            return Optional.of("another request id");
        }
        if (!MessageDigest.isEqual(Digests.sha256(request.cardCertificate()), response.cardCertificateSha256())) {
            return Optional.of("bound to another card");
        }
        if (response.documentLength() <= 0 || response.documentLength() > ProtocolLimits.defaults().maxDocumentBytes()) {
            return Optional.of("document size outside limits");
        }
        return Optional.empty();
    }

    /**
     * The hub vouches for the print data (PROTOCOL.md, "Binding of ISSUE_RESPONSE"): its certificate comes from the
     * network root this kiosk trusts and names the hub role (a relay's would not do), and its signature covers this
     * kiosk's own request, card and one-time key.
     */
    static Optional<String> hubBindingMismatch(IssueRequest request, IssueResponse response,
                                               List<X509Certificate> trustAnchors) {
        Optional<X509Certificate> hub = BindingCertificates.issuedFor(response.bindingCertificate(), trustAnchors,
                Role.HUB, Instant.now());
        if (hub.isEmpty()) {
            return Optional.of("not signed by a hub of the network");
        }
        if (!BindingSignatures.verify(hub.get(), response.bindingContent(request.kioskKey()), response.bindingSignature())) {
            return Optional.of("the hub's binding signature does not verify for this request");
        }
        return Optional.empty();
    }

    /**
     * The whole print data if every chunk opens with this request's key, in order, and the plaintext matches the
     * signed digest; otherwise null. Buffers that held plaintext are zeroed on the way.
     */
    private static byte[] receiveDocument(KioskConnection link, IssueResponse response, KeyPair printKey)
            throws IOException, InterruptedException, StreamEnded {
        PrintSealing.Opener opener;
        try {
            opener = PrintSealing.openerFor(printKey.getPrivate(), response.sealingKey(), response.requestId());
        } catch (GeneralSecurityException e) {
            return null;
        }
        // documentLength was checked against the protocol's document limit in headerMismatch
        byte[] document = new byte[(int) response.documentLength()];
        int filled = 0;
        for (int expected = 0; ; expected++) {
            Message m = next(link, ISSUE_STREAM);
            if (m instanceof ErrorMessage error) {
                Arrays.fill(document, (byte) 0);
                throw new StreamEnded(error);
            }
            if (!(m instanceof DocumentChunk chunk) || chunk.index() != expected || expected >= response.chunkCount()
                    || !chunk.requestId().equals(response.requestId())) {
                Arrays.fill(document, (byte) 0);
                return null;
            }
            byte[] plain;
            try {
                plain = opener.open(chunk.index(), chunk.last(), chunk.data());
            } catch (GeneralSecurityException e) {
                Arrays.fill(document, (byte) 0);
                return null;
            }
            if (filled + (long) plain.length > document.length) {
                Arrays.fill(plain, (byte) 0);
                Arrays.fill(document, (byte) 0);
                return null;
            }
            System.arraycopy(plain, 0, document, filled, plain.length);
            filled += plain.length;
            Arrays.fill(plain, (byte) 0);
            if (chunk.last()) {
                break;
            }
        }
        if (filled != document.length || !MessageDigest.isEqual(Digests.sha256(document), response.documentSha256())) {
            Arrays.fill(document, (byte) 0);
            return null;
        }
        return document;
    }

    /** An ERROR in place of the next chunk: the request ended upstream. */
    private static final class StreamEnded extends Exception {
        final transient ErrorMessage error;

        StreamEnded(ErrorMessage error) {
            super(error.code().name(), null, false, false);
            this.error = error;
        }
    }

    private static Message next(KioskConnection link, int stream) throws IOException, InterruptedException {
        while (true) {
            Envelope e = link.next();
            if (e.streamId() == stream) {
                return e.message();
            }
            if (e.streamId() == 0 && e.message() instanceof ErrorMessage err) {
                return err; // connection-level refusal (e.g. the relay could not reach the hub)
            }
        }
    }

    private static IssueResult refusal(Message m) {
        if (m instanceof ErrorMessage e) {
            return e.code() == ErrorCode.UNAVAILABLE
                    ? new IssueResult.Unreachable(e.code().english())
                    : new IssueResult.Refused(e.code());
        }
        return new IssueResult.Refused(ErrorCode.PROTOCOL_VIOLATION);
    }
}

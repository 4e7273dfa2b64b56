package jp.konbini.hub;

import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import jp.konbini.crypto.PrintSealing;
import jp.konbini.crypto.CardCertificateVerdict;
import jp.konbini.crypto.CardSignatures;
import jp.konbini.crypto.JpkiCertificateValidator;
import jp.konbini.crypto.RevocationChecker;
import jp.konbini.crypto.RevocationStatus;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.ErrorMessage;
import jp.konbini.protocol.IssueRequest;
import jp.konbini.protocol.LocalGovernmentCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * J-LIS step 3, before anything is forwarded: the city code is well formed and served, the challenge
 * is fresh and was issued for this kiosk and city, the card's certificate chains to the JPKI root and
 * is in date, the card signed exactly this request, and (when the hub has revocation sources) the
 * JPKI CA has not revoked the certificate. Revocation is asked last, so that forged or stale requests
 * never cost an OCSP round trip.
 */
final class RequestAuthenticator {
    private final Map<String, CityRoute> routes;
    private final ChallengeBook challenges;
    private static final Logger LOG = LoggerFactory.getLogger(RequestAuthenticator.class);

    private final JpkiCertificateValidator validator;
    private final Optional<RevocationChecker> revocation;

    RequestAuthenticator(Map<String, CityRoute> routes, ChallengeBook challenges, JpkiCertificateValidator validator) {
        this(routes, challenges, validator, Optional.empty());
    }

    RequestAuthenticator(Map<String, CityRoute> routes, ChallengeBook challenges, JpkiCertificateValidator validator,
                         Optional<RevocationChecker> revocation) {
        this.routes = routes;
        this.challenges = challenges;
        this.validator = validator;
        this.revocation = revocation;
    }

    /** The route for a city code, or the refusal to send. */
    ErrorMessageOr<CityRoute> route(String cityCode) {
        if (LocalGovernmentCode.parse(cityCode).isEmpty()) {
            return ErrorMessageOr.error(ErrorCode.INVALID_CITY_CODE, "malformed city code");
        }
        CityRoute route = routes.get(cityCode);
        return route == null
                ? ErrorMessageOr.error(ErrorCode.UNKNOWN_CITY, "city " + cityCode + " not served")
                : ErrorMessageOr.value(route);
    }

    /**
     * Empty when the request is authentic; otherwise the refusal. Everything but revocation is checked at once, on
     * the calling thread (it is all in memory); a revocation lookup may wait on the network (OCSP, then the CRL), so
     * it runs on {@code workers} and never on a connection's event loop. A full worker queue is a fast BUSY.
     */
    CompletableFuture<Optional<ErrorMessage>> authenticate(IssueRequest request, Executor workers) {
        ErrorMessageOr<X509Certificate> offline = authenticateOffline(request);
        if (offline.error().isPresent()) {
            return CompletableFuture.completedFuture(offline.error());
        }
        if (revocation.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        X509Certificate card = offline.value().orElseThrow();
        RevocationChecker checker = revocation.get();
        try {
            return CompletableFuture.supplyAsync(() -> revocationRefusal(checker.check(card)), workers)
                    .exceptionally(failure -> {
                        LOG.warn("revocation lookup failed: {}", failure.getClass().getSimpleName());
                        return Optional.of(new ErrorMessage(ErrorCode.REVOCATION_STATUS_UNKNOWN,
                                "revocation status unknown"));
                    });
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(Optional.of(new ErrorMessage(ErrorCode.BUSY,
                    "revocation lookups queue full")));
        }
    }

    /** Every check that needs no network: route, kiosk key, challenge, certificate chain and dates, signature. */
    private ErrorMessageOr<X509Certificate> authenticateOffline(IssueRequest request) {
        ErrorMessageOr<CityRoute> route = route(request.cityCode());
        if (route.error().isPresent()) {
            return new ErrorMessageOr<>(Optional.empty(), route.error());
        }
        if (PrintSealing.decode(request.kioskKey()).isEmpty()) {
            // without a key of its own the kiosk could only get the print data in clear through the relay
            return ErrorMessageOr.error(ErrorCode.PROTOCOL_VIOLATION, "kiosk key missing or not a P-256 key");
        }
        if (!challenges.take(request.challengeNonce(), request.kioskId(), request.cityCode())) {
            return ErrorMessageOr.error(ErrorCode.CHALLENGE_INVALID, "challenge unknown, used or expired");
        }
        X509Certificate card;
        switch (validator.validate(request.cardCertificate())) {
            case CardCertificateVerdict.Valid v -> card = v.certificate();
            case CardCertificateVerdict.Invalid inv -> {
                ErrorCode code = switch (inv.reason()) {
                    case EXPIRED, NOT_YET_VALID -> ErrorCode.CARD_CERTIFICATE_EXPIRED;
                    default -> ErrorCode.CARD_CERTIFICATE_INVALID;
                };
                return ErrorMessageOr.error(code, "card certificate: " + inv.reason());
            }
        }
        if (!CardSignatures.verify(card, request.signedContent(), request.signature())) {
            return ErrorMessageOr.error(ErrorCode.CARD_SIGNATURE_INVALID, "card signature does not verify");
        }
        return ErrorMessageOr.value(card);
    }

    private static Optional<ErrorMessage> revocationRefusal(RevocationStatus status) {
        return switch (status) {
            case RevocationStatus.Good g -> Optional.empty();
            case RevocationStatus.Revoked r -> Optional.of(new ErrorMessage(ErrorCode.CARD_REVOKED,
                    "card certificate revoked (" + r.source() + ")"));
            case RevocationStatus.Unknown u -> {
                // the reason names the failing source for the operator; no card data in it
                LOG.warn("revocation status unknown: {}", u.reason());
                yield Optional.of(new ErrorMessage(ErrorCode.REVOCATION_STATUS_UNKNOWN, "revocation status unknown"));
            }
        };
    }

    /** A value or the error message that stands in its place. */
    record ErrorMessageOr<T>(Optional<T> value, Optional<ErrorMessage> error) {
        static <T> ErrorMessageOr<T> value(T v) {
            return new ErrorMessageOr<>(Optional.of(v), Optional.empty());
        }

        static <T> ErrorMessageOr<T> error(ErrorCode code, String detail) {
            return new ErrorMessageOr<>(Optional.empty(), Optional.of(new ErrorMessage(code, detail)));
        }
    }
}

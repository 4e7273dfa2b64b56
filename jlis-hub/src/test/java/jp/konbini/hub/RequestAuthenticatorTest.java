package jp.konbini.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.konbini.crypto.JpkiCertificateValidator;
import jp.konbini.node.Upstream;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.ErrorMessage;
import jp.konbini.protocol.IssueRequest;
import jp.konbini.protocol.LocalGovernmentCode;
import org.junit.jupiter.api.Test;

/** Refusals the hub gives before it spends a revocation lookup or a city's time. */
class RequestAuthenticatorTest {
    final ChallengeBook challenges = new ChallengeBook(Clock.systemUTC(), Duration.ofSeconds(60), 16);
    final RequestAuthenticator authenticator = new RequestAuthenticator(
            Map.of("052019", new CityRoute(LocalGovernmentCode.parse("052019").orElseThrow(),
                    Upstream.of(new InetSocketAddress("127.0.0.1", 1), List.of()))),
            challenges, new JpkiCertificateValidator(jpkiRoot(), Clock.systemUTC()));

    static List<java.security.cert.X509Certificate> jpkiRoot() {
        try {
            return jp.konbini.crypto.Pem.readCertificates(HubTestPki.layout().caCertificate("jpki"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_request_without_a_kiosk_key_is_refused_and_its_challenge_is_kept() throws Exception {
        ChallengeBook.Issued c = challenges.issue("kiosk-0001", "052019").orElseThrow();
        IssueRequest noKey = new IssueRequest(UUID.randomUUID(), c.nonce(), "kiosk-0001", "052019",
                CertificateType.JUMINHYO, 0, 1, new byte[] {0x30}, new byte[] {1});

        Optional<ErrorMessage> refusal = authenticator.authenticate(noKey, Runnable::run).get();

        assertThat(refusal).map(ErrorMessage::code).hasValue(ErrorCode.PROTOCOL_VIOLATION);
        assertThat(challenges.isLive(c)).as("a malformed request does not burn the kiosk's challenge").isTrue();
    }

    @Test
    void a_kiosk_key_that_is_not_p256_is_refused() throws Exception {
        ChallengeBook.Issued c = challenges.issue("kiosk-0001", "052019").orElseThrow();
        IssueRequest badKey = new IssueRequest(UUID.randomUUID(), c.nonce(), "kiosk-0001", "052019",
                CertificateType.JUMINHYO, 0, 1, new byte[] {0x30}, new byte[] {1}, new byte[] {0x30, 0x03, 1, 2, 3});

        assertThat(authenticator.authenticate(badKey, Runnable::run).get()).map(ErrorMessage::code)
                .hasValue(ErrorCode.PROTOCOL_VIOLATION);
    }
}

package jp.konbini.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.konbini.crypto.JpkiCertificateValidator;
import jp.konbini.crypto.PrintSealing;
import jp.konbini.node.Upstream;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.Challenge;
import jp.konbini.protocol.ChallengeRequest;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.ErrorMessage;
import jp.konbini.protocol.GoAway;
import jp.konbini.protocol.IssueRequest;
import jp.konbini.protocol.LocalGovernmentCode;
import jp.konbini.protocol.ProtocolLimits;
import org.junit.jupiter.api.Test;

/**
 * A hub that stops (GOAWAY) lets the visits begun on a relay connection end there: a new visit is refused
 * UNAVAILABLE, but the ISSUE_REQUEST answering a challenge this connection gave is still served, and the
 * connection stays open until it has come.
 */
class GoAwayDrainTest {
    private final ChallengeBook challenges = new ChallengeBook(Clock.systemUTC(), Duration.ofSeconds(60), 16);
    private final RequestAuthenticator authenticator = new RequestAuthenticator(
            Map.of("052019", new CityRoute(LocalGovernmentCode.parse("052019").orElseThrow(),
                    Upstream.of(new InetSocketAddress("127.0.0.1", 1), List.of()))),
            challenges, new JpkiCertificateValidator(RequestAuthenticatorTest.jpkiRoot(), Clock.systemUTC()));
    private final HubContext hub = new HubContext() {
        @Override
        public String nodeId() {
            return "hub-1";
        }

        @Override
        public ProtocolLimits limits() {
            return ProtocolLimits.defaults();
        }

        @Override
        public ChallengeBook challenges() {
            return challenges;
        }

        @Override
        public RequestAuthenticator authenticator() {
            return authenticator;
        }

        @Override
        public CityLink cityLink(String cityCode) {
            throw new UnsupportedOperationException("no request here gets as far as its city");
        }
    };
    private final EmbeddedChannel relay = new EmbeddedChannel(new RelaySessionHandler(hub));

    private Challenge challengeOn(int stream) {
        relay.writeInbound(new Envelope(stream, new ChallengeRequest("kiosk-0001", "052019")));
        return (Challenge) relay.<Envelope>readOutbound().message();
    }

    private void goAway() {
        relay.pipeline().get(RelaySessionHandler.class).goAway("shutting down");
        relay.runPendingTasks();
        assertThat(relay.<Envelope>readOutbound().message()).isInstanceOf(GoAway.class);
    }

    /** A request the hub refuses on its card certificate: one that got past the GOAWAY check. */
    private static IssueRequest answering(byte[] nonce) {
        return new IssueRequest(UUID.randomUUID(), nonce, "kiosk-0001", "052019", CertificateType.JUMINHYO, 0, 1,
                new byte[] {0x30}, new byte[] {1}, PrintSealing.encode(PrintSealing.oneTimeKey().getPublic()));
    }

    private ErrorMessage answerTo(int stream, IssueRequest r) {
        relay.writeInbound(new Envelope(stream, r));
        relay.runPendingTasks();
        Envelope answer = relay.readOutbound();
        assertThat(answer.streamId()).isEqualTo(stream);
        return (ErrorMessage) answer.message();
    }

    @Test
    void afterGoAwayANewVisitIsRefusedUnavailable() {
        challengeOn(1); // another kiosk's visit keeps the connection open
        goAway();

        relay.writeInbound(new Envelope(3, new ChallengeRequest("kiosk-0002", "052019")));

        ErrorMessage refusal = (ErrorMessage) relay.<Envelope>readOutbound().message();
        assertThat(refusal.code()).isEqualTo(ErrorCode.UNAVAILABLE);
    }

    @Test
    void afterGoAwayTheRequestAnsweringAChallengeGivenHereIsStillServed() {
        Challenge c = challengeOn(1);
        goAway();

        ErrorMessage answer = answerTo(3, answering(c.nonce()));

        assertThat(answer.code()).as("checked as any request: here its card certificate is refused")
                .isEqualTo(ErrorCode.CARD_CERTIFICATE_INVALID);
    }

    @Test
    void afterGoAwayARequestWhoseChallengeCameFromElsewhereIsRefusedUnavailable() {
        challengeOn(1);
        byte[] elsewhere = challenges.issue("kiosk-0001", "052019").orElseThrow().nonce();
        goAway();

        assertThat(answerTo(3, answering(elsewhere)).code()).isEqualTo(ErrorCode.UNAVAILABLE);
    }

    @Test
    void theConnectionStaysOpenUntilTheChallengeItGaveIsAnswered() {
        Challenge c = challengeOn(1);
        goAway();
        assertThat(relay.isOpen()).as("a kiosk holds a challenge from here").isTrue();

        answerTo(3, answering(c.nonce()));

        assertThat(relay.isOpen()).as("drained").isFalse();
    }
}

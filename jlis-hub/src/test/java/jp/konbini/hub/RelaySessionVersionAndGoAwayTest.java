package jp.konbini.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import java.util.concurrent.CompletableFuture;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.ErrorMessage;
import jp.konbini.protocol.GoAway;
import jp.konbini.protocol.Hello;
import jp.konbini.protocol.ProtocolLimits;
import org.junit.jupiter.api.Test;

/** The hub's side of the hello exchange and of a graceful close, on one relay connection. */
class RelaySessionVersionAndGoAwayTest {

    /** Only what the hello and GOAWAY paths use. */
    private static final HubContext HUB = new HubContext() {
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
            throw new UnsupportedOperationException();
        }

        @Override
        public RequestAuthenticator authenticator() {
            throw new UnsupportedOperationException();
        }

        @Override
        public CityLink cityLink(String cityCode) {
            throw new UnsupportedOperationException();
        }
    };

    private final EmbeddedChannel relay = new EmbeddedChannel(new RelaySessionHandler(HUB));

    @Test
    void aNewerPeerThatStillSpeaksVersionOneGetsTheHubsHello() {
        relay.writeInbound(new Envelope(0, new Hello(1, 3, "relay-from-the-future")));

        Envelope answer = relay.readOutbound();

        assertThat(answer.message()).isEqualTo(new Hello(1, 1, "hub-1"));
        assertThat(relay.isOpen()).isTrue();
    }

    @Test
    void aPeerWithNoCommonVersionIsRefusedClearlyAndClosed() {
        relay.writeInbound(new Envelope(0, new Hello(2, 3, "relay-v2-only")));

        Envelope answer = relay.readOutbound();

        assertThat(answer.streamId()).isZero();
        assertThat(answer.message()).isInstanceOfSatisfying(ErrorMessage.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_VERSION);
            assertThat(e.detail()).contains("2..3").contains("1..1");
        });
        assertThat(relay.isOpen()).isFalse();
    }

    @Test
    void stopsReadingARelayItCannotWriteToAndResumesWhenItCatchesUp() {
        relay.unsafe().outboundBuffer().setUserDefinedWritability(1, false);
        relay.pipeline().fireChannelWritabilityChanged();

        assertThat(relay.config().isAutoRead()).isFalse();

        relay.unsafe().outboundBuffer().setUserDefinedWritability(1, true);
        relay.pipeline().fireChannelWritabilityChanged();

        assertThat(relay.config().isAutoRead()).isTrue();
    }

    @Test
    void goAwayWithNothingInFlightAnnouncesItselfAndCloses() {
        RelaySessionHandler session = relay.pipeline().get(RelaySessionHandler.class);

        CompletableFuture<Void> closed = session.goAway("shutting down");
        relay.runPendingTasks();

        Envelope answer = relay.readOutbound();
        assertThat(answer.message()).isEqualTo(new GoAway(0, "shutting down"));
        assertThat(relay.isOpen()).isFalse();
        assertThat(closed).isCompleted();
    }
}

package jp.konbini.relay;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.List;
import jp.konbini.protocol.Challenge;
import jp.konbini.protocol.ChallengeRequest;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.GoAway;
import jp.konbini.protocol.MessageType;
import jp.konbini.protocol.ProtocolVersion;
import jp.konbini.protocol.codec.Frame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A hub that stops sends GOAWAY: the relay sends no new visit there, but a visit begun there ends there, and a
 * challenge request the hub refused unprocessed (above the GOAWAY's last stream) goes to another hub connection
 * without the kiosk seeing the refusal. Two hub connections and kiosks as EmbeddedChannels.
 */
class RelayGoAwayTest {
    private static final MultiplexLimits LIMITS = new MultiplexLimits(1, 8, 4, 4, 64 * 1024, Duration.ofSeconds(1));

    private final HubLink first = link("hub.1 link 1");
    private final HubLink second = link("hub.2 link 1");
    private final EmbeddedChannel hub1 = ready(first, "hub-1");
    private final EmbeddedChannel hub2 = ready(second, "hub-2");
    /** New visits: the first listed connection that takes them (what LeastOutstanding does at a tie). */
    private final LinkChooser links = () -> first.reserve() ? new LinkChooser.Pick.Chosen(first)
            : second.reserve() ? new LinkChooser.Pick.Chosen(second)
            : new LinkChooser.Pick.Refused(ErrorCode.UNAVAILABLE, "no hub reachable");

    private static HubLink link(String name) {
        return new HubLink(name, "relay-1", LIMITS.streamsPerLink(), new HubLink.Events() {
            @Override
            public void ready(HubLink l) {
            }

            @Override
            public void draining(HubLink l) {
            }

            @Override
            public void closed(HubLink l) {
            }
        });
    }

    private static EmbeddedChannel ready(HubLink link, String hubId) {
        EmbeddedChannel hub = new EmbeddedChannel(link);
        link.hello();
        hub.readOutbound();
        hub.writeInbound(RelayFrames.message(0, ProtocolVersion.hello(hubId)));
        return hub;
    }

    @AfterEach
    void release() {
        hub1.finishAndReleaseAll();
        hub2.finishAndReleaseAll();
    }

    private EmbeddedChannel kiosk() {
        return new EmbeddedChannel(new KioskSession("relay-1", links, LIMITS, RelayTap.NONE));
    }

    private static Frame challengeRequest(int stream, String kioskId) {
        return RelayFrames.message(stream, new ChallengeRequest(kioskId, "052019"));
    }

    private static Frame goAway(int last) {
        return RelayFrames.message(0, new GoAway(last, "shutting down"));
    }

    @Test
    void afterGoawayNewVisitsGoElsewhereWhileTheStreamsOpenThereFinishThere() {
        EmbeddedChannel a = kiosk();
        a.writeInbound(challengeRequest(1, "kiosk-a"));
        int id = hub1.<Frame>readOutbound().streamId();

        hub1.writeInbound(goAway(id));
        kiosk().writeInbound(challengeRequest(1, "kiosk-b"));
        hub1.writeInbound(RelayFrames.error(id, ErrorCode.CARD_UNKNOWN, "answered"));

        assertThat(hub2.<Frame>readOutbound().type()).as("kiosk b's new visit").isEqualTo(MessageType.CHALLENGE_REQUEST.code());
        assertThat(hub1.<Frame>readOutbound()).isNull();
        assertThat(a.<Frame>readOutbound().streamId()).as("kiosk a's answer from the hub going away").isEqualTo(1);
        assertThat(hub1.isActive()).as("the hub closes it once drained, not the relay").isTrue();
    }

    @Test
    void aKioskHoldingAChallengeFromAHubGoingAwaySendsItsRequestThere() {
        EmbeddedChannel a = kiosk();
        a.writeInbound(challengeRequest(1, "kiosk-a"));
        int id = hub1.<Frame>readOutbound().streamId();
        hub1.writeInbound(RelayFrames.message(id, new Challenge(new byte[32], 0L)));
        a.readOutbound();

        hub1.writeInbound(goAway(id));
        a.writeInbound(new Frame(1, MessageType.ISSUE_REQUEST.code(), 0, 3, new byte[0]));

        assertThat(hub1.<Frame>readOutbound().type()).as("only hub 1 knows its challenge")
                .isEqualTo(MessageType.ISSUE_REQUEST.code());
        assertThat(hub2.<Frame>readOutbound()).isNull();
    }

    @Test
    void aChallengeRequestRefusedUnprocessedAsTheHubWentAwayIsAnsweredByAnotherHub() {
        EmbeddedChannel a = kiosk();
        a.writeInbound(challengeRequest(1, "kiosk-a"));
        Frame crossed = hub1.readOutbound();

        hub1.writeInbound(goAway(0)); // it took no stream before it went away
        hub1.writeInbound(RelayFrames.error(crossed.streamId(), ErrorCode.UNAVAILABLE, "going away: dial again"));

        Frame again = hub2.readOutbound();
        assertThat(again.type()).isEqualTo(MessageType.CHALLENGE_REQUEST.code());
        assertThat(again.body()).isEqualTo(crossed.body());
        assertThat(a.<Frame>readOutbound()).as("the kiosk never sees the refusal").isNull();
        hub2.writeInbound(RelayFrames.message(again.streamId(), new Challenge(new byte[32], 0L)));
        Frame answer = a.readOutbound();
        assertThat(List.of(answer.streamId(), answer.type())).containsExactly(1, MessageType.CHALLENGE.code());
    }
}

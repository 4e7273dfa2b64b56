package jp.konbini.relay;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.konbini.protocol.ChallengeRequest;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.ErrorMessage;
import jp.konbini.protocol.Hello;
import jp.konbini.protocol.MessageType;
import jp.konbini.protocol.PrintAck;
import jp.konbini.protocol.ProtocolLimits;
import jp.konbini.protocol.ProtocolVersion;
import jp.konbini.protocol.codec.Frame;
import jp.konbini.protocol.codec.MessageBodies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many kiosks over one hub connection, with EmbeddedChannels for both sides: each kiosk stream gets its own id
 * towards the hub, answers reach only the kiosk that asked, every bound answers at once, and a kiosk or hub
 * that goes away ends exactly the streams it carried.
 */
class MultiplexingTest {
    private static final MultiplexLimits LIMITS = new MultiplexLimits(1, 3, 2, 2, 64 * 1024, Duration.ofSeconds(1));

    private final List<HubLink> lost = new ArrayList<>();
    private final HubLink link = new HubLink("hub.1 link 1", "relay-1", LIMITS.streamsPerLink(), new HubLink.Events() {
        @Override
        public void ready(HubLink l) {
        }

        @Override
        public void draining(HubLink l) {
        }

        @Override
        public void closed(HubLink l) {
            lost.add(l);
        }
    });
    private final EmbeddedChannel hub = new EmbeddedChannel(link);
    private final LinkChooser oneLink = () -> link.reserve() ? new LinkChooser.Pick.Chosen(link)
            : new LinkChooser.Pick.Refused(ErrorCode.BUSY, "hub connections full");
    private final List<Frame> tapped = new ArrayList<>();

    MultiplexingTest() {
        link.hello();
        assertThat(hub.<Frame>readOutbound().type()).as("the relay says HELLO on its own connection")
                .isEqualTo(MessageType.HELLO.code());
        hub.writeInbound(RelayFrames.message(0, ProtocolVersion.hello("hub-1")));
        assertThat(link.state()).isEqualTo(HubLink.State.READY);
    }

    @AfterEach
    void release() {
        hub.finishAndReleaseAll();
    }

    private EmbeddedChannel kiosk() {
        return new EmbeddedChannel(new KioskSession("relay-1", oneLink, LIMITS, (d, f) -> tapped.add(f)));
    }

    private static Frame challengeRequest(int stream, String kioskId) {
        return RelayFrames.message(stream, new ChallengeRequest(kioskId, "052019"));
    }

    private static ErrorMessage error(Frame f) throws Exception {
        assertThat(f.type()).isEqualTo(MessageType.ERROR.code());
        return (ErrorMessage) MessageBodies.decode(f.type(), f.body(), ProtocolLimits.defaults());
    }

    @Test
    void twoKiosksUsingTheSameStreamIdGetDistinctStreamsAtTheHub() {
        EmbeddedChannel a = kiosk();
        EmbeddedChannel b = kiosk();

        a.writeInbound(challengeRequest(1, "kiosk-a"));
        b.writeInbound(challengeRequest(1, "kiosk-b"));

        Frame toHubA = hub.readOutbound();
        Frame toHubB = hub.readOutbound();
        assertThat(toHubA.streamId()).isNotEqualTo(toHubB.streamId());
        assertThat(List.of(toHubA.streamId() % 2, toHubB.streamId() % 2)).as("the dialing side's ids are odd")
                .containsOnly(1);
        assertThat(toHubB.body()).as("the body passes untouched").isEqualTo(challengeRequest(1, "kiosk-b").body());
    }

    @Test
    void anAnswerReachesOnlyTheKioskThatAskedOnItsOwnStreamId() {
        EmbeddedChannel a = kiosk();
        EmbeddedChannel b = kiosk();
        a.writeInbound(challengeRequest(1, "kiosk-a"));
        b.writeInbound(challengeRequest(1, "kiosk-b"));
        hub.readOutbound();
        int hubStreamOfB = hub.<Frame>readOutbound().streamId();

        Frame answer = RelayFrames.error(hubStreamOfB, ErrorCode.CARD_UNKNOWN, "for b");
        hub.writeInbound(answer);

        assertThat(a.<Frame>readOutbound()).as("kiosk a sees nothing of b's stream").isNull();
        Frame atB = b.readOutbound();
        assertThat(atB.streamId()).isEqualTo(1);
        assertThat(atB.body()).isEqualTo(answer.body());
    }

    @Test
    void aFrameFromTheHubOnAStreamNoKioskOpenedIsDropped() {
        EmbeddedChannel a = kiosk();
        a.writeInbound(challengeRequest(1, "kiosk-a"));
        int opened = hub.<Frame>readOutbound().streamId();

        hub.writeInbound(RelayFrames.error(opened + 2, ErrorCode.CARD_UNKNOWN, "nobody's"));

        assertThat(a.<Frame>readOutbound()).isNull();
        assertThat(link.inFlight()).isEqualTo(1);
    }

    @Test
    void theRelayAnswersAKiosksHelloItselfAndNeverForwardsIt() throws Exception {
        EmbeddedChannel a = kiosk();

        a.writeInbound(RelayFrames.message(0, new Hello(1, 1, "kiosk-a")));

        Frame hello = a.readOutbound();
        assertThat(hello.type()).isEqualTo(MessageType.HELLO.code());
        assertThat(((Hello) MessageBodies.decode(hello.type(), hello.body(), ProtocolLimits.defaults())).nodeId())
                .isEqualTo("relay-1");
        assertThat(hub.<Frame>readOutbound()).isNull();
    }

    @Test
    void aKioskOverItsStreamLimitGetsBusyAtOnceAndNothingReachesTheHub() throws Exception {
        EmbeddedChannel a = kiosk();
        a.writeInbound(challengeRequest(1, "kiosk-a"));
        a.writeInbound(challengeRequest(3, "kiosk-a"));
        hub.readOutbound();
        hub.readOutbound();

        a.writeInbound(challengeRequest(5, "kiosk-a"));

        Frame refused = a.readOutbound();
        assertThat(refused.streamId()).isEqualTo(5);
        assertThat(error(refused).code()).isEqualTo(ErrorCode.BUSY);
        assertThat(hub.<Frame>readOutbound()).isNull();
    }

    @Test
    void aFullHubConnectionAnswersBusyAtOnce() throws Exception {
        EmbeddedChannel a = kiosk();
        EmbeddedChannel b = kiosk();
        a.writeInbound(challengeRequest(1, "kiosk-a"));
        a.writeInbound(challengeRequest(3, "kiosk-a"));
        b.writeInbound(challengeRequest(1, "kiosk-b"));

        b.writeInbound(challengeRequest(3, "kiosk-b"));

        assertThat(link.inFlight()).isEqualTo(3);
        assertThat(error(b.readOutbound()).code()).isEqualTo(ErrorCode.BUSY);
    }

    @Test
    void theLastFrameOfAStreamFreesItsPlace() {
        EmbeddedChannel a = kiosk();
        a.writeInbound(challengeRequest(1, "kiosk-a"));
        int id = hub.<Frame>readOutbound().streamId();

        hub.writeInbound(RelayFrames.message(id, new PrintAck(UUID.randomUUID())));

        assertThat(link.inFlight()).isZero();
        assertThat(a.<Frame>readOutbound().streamId()).isEqualTo(1);
    }

    @Test
    void aKioskThatDisconnectsHasItsStreamsCancelledAtTheHubAndLateAnswersDropped() throws Exception {
        EmbeddedChannel a = kiosk();
        EmbeddedChannel b = kiosk();
        a.writeInbound(challengeRequest(1, "kiosk-a"));
        b.writeInbound(challengeRequest(1, "kiosk-b"));
        int ofA = hub.<Frame>readOutbound().streamId();
        int ofB = hub.<Frame>readOutbound().streamId();

        a.close();

        Frame cancel = hub.readOutbound();
        assertThat(cancel.streamId()).isEqualTo(ofA);
        assertThat(error(cancel).code()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(link.inFlight()).isEqualTo(1);
        hub.writeInbound(RelayFrames.error(ofA, ErrorCode.CARD_UNKNOWN, "late"));
        hub.writeInbound(RelayFrames.error(ofB, ErrorCode.CARD_UNKNOWN, "for b"));
        assertThat(b.<Frame>readOutbound().streamId()).isEqualTo(1);
        assertThat(b.<Frame>readOutbound()).isNull();
    }

    @Test
    void aHubConnectionThatDiesTellsEveryKioskStreamOnItUnavailableAtOnce() throws Exception {
        EmbeddedChannel a = kiosk();
        EmbeddedChannel b = kiosk();
        a.writeInbound(challengeRequest(1, "kiosk-a"));
        b.writeInbound(challengeRequest(7, "kiosk-b"));

        hub.close();

        Frame atA = a.readOutbound();
        Frame atB = b.readOutbound();
        assertThat(atA.streamId()).isEqualTo(1);
        assertThat(atB.streamId()).isEqualTo(7);
        assertThat(error(atA).code()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(error(atB).code()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(ErrorCode.UNAVAILABLE.retryable()).isTrue();
        assertThat(lost).containsExactly(link);
        assertThat(link.reserve()).as("a dead connection takes no new stream").isFalse();
    }

    @Test
    void aKioskThatDoesNotReadIsClosedWithoutStallingTheHubConnectionOrAnotherKiosk() {
        EmbeddedChannel slow = new EmbeddedChannel(new NeverWritten(),
                new KioskSession("relay-1", oneLink, LIMITS, RelayTap.NONE));
        EmbeddedChannel b = kiosk();
        slow.writeInbound(RelayFrames.message(1, issueRequestStandIn()));
        b.writeInbound(challengeRequest(1, "kiosk-b"));
        int ofSlow = hub.<Frame>readOutbound().streamId();
        int ofB = hub.<Frame>readOutbound().streamId();

        byte[] chunk = new byte[16 * 1024];
        for (int i = 0; i < 8 && slow.isActive(); i++) {
            hub.writeInbound(new Frame(1, MessageType.DOCUMENT_CHUNK.code(), 0, ofSlow, chunk));
        }

        assertThat(slow.isActive()).as("closed once 64 KiB waited unread").isFalse();
        assertThat(hub.isActive()).isTrue();
        Frame cancel = hub.readOutbound();
        assertThat(cancel.streamId()).isEqualTo(ofSlow);
        hub.writeInbound(RelayFrames.error(ofB, ErrorCode.CARD_UNKNOWN, "for b"));
        assertThat(b.<Frame>readOutbound().streamId()).isEqualTo(1);
    }

    @Test
    void aKioskMayNotSendAnAnswerTypeOrAStrayPrintResult() throws Exception {
        EmbeddedChannel a = kiosk();
        a.writeInbound(RelayFrames.message(3, new jp.konbini.protocol.PrintResult(UUID.randomUUID(),
                jp.konbini.protocol.PrintOutcome.PRINTED)));
        assertThat(error(a.readOutbound()).code()).isEqualTo(ErrorCode.PROTOCOL_VIOLATION);

        a.writeInbound(new Frame(1, MessageType.DOCUMENT_CHUNK.code(), 0, 5, new byte[0]));

        assertThat(a.isActive()).isFalse();
        assertThat(hub.<Frame>readOutbound()).isNull();
    }

    @Test
    void aKioskHoardingChallengesGetsBusyAtTheRelaySoTheSharedConnectionKeepsItsChallengeCount() throws Exception {
        EmbeddedChannel a = kiosk();
        for (int stream = 1; stream <= 3; stream += 2) {
            a.writeInbound(challengeRequest(stream, "kiosk-a"));
            hub.writeInbound(challenge(hub.<Frame>readOutbound().streamId()));
            a.readOutbound();
        }

        a.writeInbound(challengeRequest(5, "kiosk-a"));

        assertThat(error(a.readOutbound()).code()).isEqualTo(ErrorCode.BUSY);
        assertThat(hub.<Frame>readOutbound()).as("the hub never sees it").isNull();
        a.writeInbound(new Frame(1, MessageType.ISSUE_REQUEST.code(), 0, 7, new byte[0]));
        hub.readOutbound();
        a.writeInbound(challengeRequest(9, "kiosk-a"));
        assertThat(hub.<Frame>readOutbound().type()).as("a challenge answered makes room for one more")
                .isEqualTo(MessageType.CHALLENGE_REQUEST.code());
    }

    @Test
    void aKioskMidVisitKeepsToItsHubConnectionAndChoosesAfreshForItsNextVisit() {
        List<HubLink> preferred = new ArrayList<>();
        LinkChooser recording = new LinkChooser() {
            @Override
            public Pick pickNew() {
                return oneLink.pickNew();
            }

            @Override
            public Pick pick(HubLink p) {
                preferred.add(p);
                return LinkChooser.super.pick(p);
            }
        };
        EmbeddedChannel a = new EmbeddedChannel(new KioskSession("relay-1", recording, LIMITS, RelayTap.NONE));
        a.writeInbound(challengeRequest(1, "kiosk-a"));
        hub.writeInbound(challenge(hub.<Frame>readOutbound().streamId()));
        a.readOutbound();

        a.writeInbound(new Frame(1, MessageType.ISSUE_REQUEST.code(), 0, 3, new byte[0]));
        hub.writeInbound(RelayFrames.message(hub.<Frame>readOutbound().streamId(), new PrintAck(UUID.randomUUID())));
        a.readOutbound();
        a.writeInbound(challengeRequest(5, "kiosk-a"));

        assertThat(preferred).as("challenge: any hub; its request: the challenge's connection; next visit: any hub")
                .containsExactly(null, link, null);
    }

    private static Frame challenge(int stream) {
        return RelayFrames.message(stream, new jp.konbini.protocol.Challenge(new byte[32], 0L));
    }

    @Test
    void theTapSeesEveryForwardedFrameWithTheIdOfTheSideItGoesTo() {
        EmbeddedChannel a = kiosk();
        a.writeInbound(challengeRequest(5, "kiosk-a"));
        int id = hub.<Frame>readOutbound().streamId();
        hub.writeInbound(RelayFrames.error(id, ErrorCode.CARD_UNKNOWN, "x"));

        assertThat(tapped).extracting(Frame::type).containsExactly(MessageType.CHALLENGE_REQUEST.code(),
                MessageType.ERROR.code());
        assertThat(tapped.get(1).streamId()).isEqualTo(5);
    }

    /** The body of a request the relay cannot read anyway: a challenge request stands in for it. */
    private static ChallengeRequest issueRequestStandIn() {
        return new ChallengeRequest("kiosk-slow", "052019");
    }

    /** A kiosk that reads nothing: its writes never complete. */
    private static final class NeverWritten extends ChannelOutboundHandlerAdapter {
        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            // held: neither written nor failed, as bytes stuck behind a full TCP window
        }
    }
}

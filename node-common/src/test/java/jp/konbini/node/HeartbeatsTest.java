package jp.konbini.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import jp.konbini.protocol.ChallengeRequest;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.Message;
import jp.konbini.protocol.MessageType;
import jp.konbini.protocol.Ping;
import jp.konbini.protocol.Pong;
import jp.konbini.protocol.ProtocolLimits;
import jp.konbini.protocol.codec.Frame;
import jp.konbini.protocol.codec.MessageBodies;
import org.junit.jupiter.api.Test;

/** Per-hop heartbeats and the whole-frame idle timeout, driven by EmbeddedChannel's clock. */
class HeartbeatsTest {

    private static final LinkSettings LINK = new LinkSettings(Duration.ofSeconds(2), Duration.ofSeconds(3));

    private final EmbeddedChannel ch = new EmbeddedChannel(new Heartbeats("test", LINK));

    @Test
    void answersAPingWithAPongOfTheSameTokenAndPassesNeitherOn() {
        ch.writeInbound(frame(new Ping(42)));

        assertThat(decode(ch.readOutbound())).isEqualTo(new Pong(42));
        assertThat((Object) ch.readInbound()).isNull();
    }

    @Test
    void swallowsPongsAndPassesOtherFramesOn() {
        Frame other = new Frame(1, MessageType.CHALLENGE_REQUEST.code(), 0, 1, new byte[0]);

        ch.writeInbound(frame(new Pong(1)), other);

        assertThat((Frame) ch.readInbound()).isEqualTo(other);
        assertThat((Object) ch.readInbound()).isNull();
    }

    @Test
    void onANodeThatReadsMessagesAnswersPingEnvelopesSwallowsPongsAndPassesTheRestOn() {
        Envelope request = new Envelope(3, new ChallengeRequest("kiosk-0001", "052019"));

        ch.writeInbound(new Envelope(0, new Ping(9)), new Envelope(0, new Pong(1)), request);

        assertThat(decode(ch.readOutbound())).isEqualTo(new Pong(9));
        assertThat((Object) ch.readOutbound()).isNull();
        assertThat((Envelope) ch.readInbound()).isEqualTo(request);
        assertThat((Object) ch.readInbound()).isNull();
    }

    @Test
    void anEnvelopeCountsAsAWholeFrameForTheIdleTimeout() {
        for (int i = 0; i < 100; i++) {
            ch.advanceTimeBy(100, TimeUnit.MILLISECONDS);
            ch.runScheduledPendingTasks();
            if (i % 10 == 0) {
                ch.writeInbound(new Envelope(0, new Pong(i)));
            }
        }

        assertThat(ch.isOpen()).isTrue();
    }

    @Test
    void pingsAfterAThirdOfTheIdleTimeWithoutAFrame() {
        ch.advanceTimeBy(1100, TimeUnit.MILLISECONDS);
        ch.runScheduledPendingTasks();

        assertThat(decode(ch.readOutbound())).isInstanceOf(Ping.class);
        assertThat(ch.isOpen()).isTrue();
    }

    @Test
    void closesAConnectionThatDeliversNoWholeFrameForTheIdleTime() {
        for (int i = 0; i < 40 && ch.isOpen(); i++) {
            ch.advanceTimeBy(100, TimeUnit.MILLISECONDS);
            ch.runScheduledPendingTasks();
        }

        assertThat(ch.isOpen()).isFalse();
    }

    @Test
    void aPeerThatKeepsAnsweringStaysOpen() {
        for (int i = 0; i < 100; i++) {
            ch.advanceTimeBy(100, TimeUnit.MILLISECONDS);
            ch.runScheduledPendingTasks();
            Frame ping = ch.readOutbound();
            if (ping != null) {
                ch.writeInbound(frame(new Pong(((Ping) decode(ping)).token())));
            }
        }

        assertThat(ch.isOpen()).isTrue();
    }

    private static Frame frame(Message m) {
        return new Frame(1, m.type().code(), 0, 0, MessageBodies.encode(m));
    }

    private static Message decode(Frame f) {
        return MessageBodies.decode(f.type(), f.body(), ProtocolLimits.defaults());
    }
}

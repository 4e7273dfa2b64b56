package jp.konbini.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jp.konbini.node.Upstream;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.Hello;
import jp.konbini.protocol.LocalGovernmentCode;
import jp.konbini.protocol.Message;
import org.junit.jupiter.api.Test;

/**
 * A slow city slows only itself: its window of in-flight requests is bounded and then answered BUSY at once,
 * a city that stops reading is BUSY at once, and another city's link is not affected by either.
 */
class CityBackpressureTest {

    private static final int WINDOW = 4;
    private static final StreamListener IGNORE = new StreamListener() {
        @Override
        public void onMessage(Message message) {
        }

        @Override
        public void onLinkDown() {
        }
    };

    private final EmbeddedChannel akitaChannel = new EmbeddedChannel();
    private final EmbeddedChannel nohiroChannel = new EmbeddedChannel();
    private final CityLink akita = link("052019", akitaChannel);
    private final CityLink noshiro = link("052027", nohiroChannel);

    @Test
    void aCityThatStopsAnsweringIsBusyOnceItsWindowIsFullWhileAnotherCityIsServed() {
        for (int i = 0; i < WINDOW; i++) {
            assertThat(akita.open(IGNORE)).isCompleted();
        }

        CompletableFuture<CityLink.CityStream> extra = akita.open(IGNORE);

        assertThat(extra).isCompletedExceptionally();
        assertThat(cause(extra)).isInstanceOf(CityLink.CityBusyException.class);
        assertThat(akita.inFlight()).isEqualTo(WINDOW);
        assertThat(noshiro.open(IGNORE)).isCompleted();
    }

    @Test
    void aFinishedRequestFreesItsPlaceInTheWindow() {
        CityLink.CityStream first = akita.open(IGNORE).join();
        for (int i = 1; i < WINDOW; i++) {
            akita.open(IGNORE).join();
        }

        first.close();

        assertThat(akita.open(IGNORE)).isCompleted();
    }

    @Test
    void aCityThatStopsReadingIsBusyAtOnceWhileAnotherCityIsServed() {
        akita.open(IGNORE).join(); // the link is up
        akitaChannel.unsafe().outboundBuffer().setUserDefinedWritability(1, false);
        assertThat(akitaChannel.isWritable()).isFalse();

        CompletableFuture<CityLink.CityStream> refused = akita.open(IGNORE);

        assertThat(cause(refused)).isInstanceOf(CityLink.CityBusyException.class);
        assertThat(akita.inFlight()).isEqualTo(1);
        assertThat(noshiro.open(IGNORE)).isCompleted();
    }

    @Test
    void theHubSaysHelloOnANewCityLink() {
        akita.open(IGNORE).join();

        Envelope hello = akitaChannel.readOutbound();

        assertThat(hello.streamId()).isZero();
        assertThat(hello.message()).isInstanceOf(Hello.class);
    }

    @Test
    void aCityWithNoCommonProtocolVersionIsDisconnected() {
        akita.open(IGNORE).join();

        akitaChannel.writeInbound(new Envelope(0, new Hello(7, 9, "city-from-the-future")));

        assertThat(akitaChannel.isOpen()).isFalse();
    }

    private static CityLink link(String code, EmbeddedChannel channel) {
        CityRoute route = new CityRoute(LocalGovernmentCode.parse(code).orElseThrow(),
                Upstream.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 1), List.of()));
        return new CityLink("hub-1", route, inbound -> {
            channel.pipeline().addLast(inbound);
            return CompletableFuture.<Channel>completedFuture(channel);
        }, WINDOW);
    }

    private static Throwable cause(CompletableFuture<?> f) {
        try {
            f.join();
            throw new AssertionError("expected a refusal");
        } catch (CompletionException e) {
            return e.getCause();
        }
    }
}

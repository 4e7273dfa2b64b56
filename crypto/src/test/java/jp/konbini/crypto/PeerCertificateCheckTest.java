package jp.konbini.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.konbini.crypto.pki.PkiLayout;
import org.junit.jupiter.api.Test;

class PeerCertificateCheckTest {

    private final AllowList allowList = new AllowList(List.of(),
            List.of(PeerRule.byName(Role.HUB, TestPki.ca(PkiLayout.JLIS_NETWORK), "hub-1")));

    @Test
    void dropsAndReleasesInboundDataBeforeAdmission() {
        EmbeddedChannel channel = new EmbeddedChannel(new PeerCertificateCheck(allowList, "city-052019"));
        ByteBuf early = Unpooled.copiedBuffer("too early", StandardCharsets.UTF_8);

        channel.writeInbound(early);

        assertThat((Object) channel.readInbound()).isNull();
        assertThat(early.refCnt()).isZero();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void aSuccessfulHandshakeWithoutTlsHandlerIsRefusedAndClosed() {
        EmbeddedChannel channel = new EmbeddedChannel(new PeerCertificateCheck(allowList, "city-052019"));

        channel.pipeline().fireUserEventTriggered(SslHandshakeCompletionEvent.SUCCESS);

        assertThat(channel.isOpen()).isFalse();
        assertThat(channel.attr(PeerIdentity.KEY).get()).isNull();
    }
}

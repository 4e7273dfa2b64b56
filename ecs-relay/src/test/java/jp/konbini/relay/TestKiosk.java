package jp.konbini.relay;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import jp.konbini.crypto.Pem;
import jp.konbini.crypto.PeerRule;
import jp.konbini.crypto.Role;
import jp.konbini.crypto.pki.PkiLayout;
import jp.konbini.node.NodeSettings;
import jp.konbini.node.SecureClient;
import jp.konbini.node.Upstream;
import jp.konbini.protocol.ChallengeRequest;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.ErrorMessage;
import jp.konbini.protocol.Hello;
import jp.konbini.protocol.ProtocolLimits;

/** One kiosk connection to the relay, speaking decoded messages, with the answers in a queue. */
final class TestKiosk implements AutoCloseable {
    private final Channel channel;
    private final LinkedBlockingQueue<Envelope> answers = new LinkedBlockingQueue<>();

    TestKiosk(SocketLab lab, NodeSettings kiosk, EventLoopGroup group, InetSocketAddress relay) throws Exception {
        PeerRule relayRule = new PeerRule(Role.RELAY,
                Pem.readCertificates(lab.pki.caCertificate(PkiLayout.JLIS_NETWORK)).getFirst(),
                Optional.of("relay-1"), Optional.empty());
        channel = SecureClient.messages("kiosk-0001", group, Upstream.of(relay, List.of(relayRule)), null,
                kiosk.clientContext(), ProtocolLimits.defaults(), new SimpleChannelInboundHandler<Envelope>() {
                    @Override
                    protected void channelRead0(ChannelHandlerContext ctx, Envelope e) {
                        answers.add(e);
                    }
                }).get(30, TimeUnit.SECONDS);
        channel.writeAndFlush(new Envelope(0, new Hello(1, 1, "kiosk-0001")));
    }

    void ask(int stream, String kioskId) {
        channel.writeAndFlush(new Envelope(stream, new ChallengeRequest(kioskId, "052019")));
    }

    /** The next answer on a request stream (the relay's HELLO skipped); fails after 30 s without one. */
    Envelope next() throws InterruptedException {
        while (true) {
            Envelope e = answers.poll(30, TimeUnit.SECONDS);
            if (e == null) {
                throw new AssertionError("no answer from the relay within 30 s");
            }
            if (e.streamId() != 0) {
                return e;
            }
        }
    }

    static String detail(Envelope e) {
        return ((ErrorMessage) e.message()).detail();
    }

    @Override
    public void close() {
        channel.close().awaitUninterruptibly();
    }
}

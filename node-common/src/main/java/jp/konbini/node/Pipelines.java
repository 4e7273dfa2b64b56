package jp.konbini.node;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import jp.konbini.crypto.AllowList;
import jp.konbini.crypto.PeerCertificateCheck;
import jp.konbini.crypto.SourceAddressFilter;
import jp.konbini.protocol.ProtocolLimits;
import jp.konbini.protocol.codec.EnvelopeDecoder;
import jp.konbini.protocol.codec.FrameDecoder;
import jp.konbini.protocol.codec.FrameEncoder;
import jp.konbini.protocol.codec.MessageCodec;

/**
 * The one pipeline order every link uses: source address check, TLS 1.3 (with a handshake timeout), peer
 * certificate check, a capped frame decoder, heartbeats and the idle timeout, then the node's handler. Nothing reaches the handler from a peer that is not
 * on the allow-list.
 */
final class Pipelines {
    private Pipelines() {
    }

    static void server(ChannelPipeline p, String localName, SslContext ssl, AllowList allowList,
                       ProtocolLimits limits, LinkSettings link, Codec codec, ChannelHandler app) {
        p.addLast("source", new SourceAddressFilter(allowList, localName));
        p.addLast("tls", tls(p, ssl, link));
        afterTls(p, localName, allowList, limits, link, codec, app);
    }

    static void client(ChannelPipeline p, String localName, SslContext ssl, AllowList allowList,
                       ProtocolLimits limits, LinkSettings link, Codec codec, ChannelHandler app) {
        p.addLast("tls", tls(p, ssl, link));
        afterTls(p, localName, allowList, limits, link, codec, app);
    }

    /** A handshake that does not finish in time (a slow or silent peer) closes the connection. */
    private static SslHandler tls(ChannelPipeline p, SslContext ssl, LinkSettings link) {
        SslHandler handler = ssl.newHandler(p.channel().alloc());
        handler.setHandshakeTimeoutMillis(link.handshakeTimeout().toMillis());
        return handler;
    }

    private static void afterTls(ChannelPipeline p, String localName, AllowList allowList,
                                 ProtocolLimits limits, LinkSettings link, Codec codec, ChannelHandler app) {
        p.addLast("peer", new PeerCertificateCheck(allowList, localName));
        // A relay forwards bodies unread, so it takes each as a Frame; every other node decodes them where they
        // arrived (EnvelopeDecoder), without copying a body first.
        p.addLast("frameDecoder", codec == Codec.MESSAGES
                ? new EnvelopeDecoder(limits) : new FrameDecoder(limits.maxFrameLength()));
        p.addLast("frameEncoder", new FrameEncoder());
        // After the encoder, so its PING and PONG frames are encoded; before the codec, so a relay has it too.
        p.addLast("heartbeats", new Heartbeats(localName, link));
        if (codec == Codec.MESSAGES) {
            // Outbound only here: inbound messages come decoded from the EnvelopeDecoder.
            p.addLast("messages", new MessageCodec(limits));
        }
        p.addLast("app", app);
        p.addLast("errors", new ConnectionErrors(localName));
    }

    /** What the node's handler receives: raw frames (a relay) or decoded messages (everyone else). */
    enum Codec { FRAMES, MESSAGES }
}

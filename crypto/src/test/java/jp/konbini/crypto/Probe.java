package jp.konbini.crypto;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/** The "application" at the end of a test pipeline: records what reached it. */
final class Probe extends ChannelInboundHandlerAdapter {

    final CompletableFuture<Void> active = new CompletableFuture<>();
    final CompletableFuture<SslHandshakeCompletionEvent> handshake = new CompletableFuture<>();
    final CompletableFuture<PeerAuthenticatedEvent> authenticated = new CompletableFuture<>();
    final CompletableFuture<String> received = new CompletableFuture<>();

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        active.complete(null);
        ctx.fireChannelActive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof SslHandshakeCompletionEvent completion) {
            handshake.complete(completion);
        } else if (evt instanceof PeerAuthenticatedEvent event) {
            authenticated.complete(event);
        }
        ctx.fireUserEventTriggered(evt);
    }

    // As an application handler would: an error after admission closes the connection.
    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf buf = (ByteBuf) msg;
        try {
            received.complete(buf.toString(StandardCharsets.UTF_8));
        } finally {
            buf.release();
        }
    }
}

package jp.konbini.node;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last handler of every pipeline: an exception that reached here ends that one connection, is logged in
 * one line (no payload, no stack trace for the expected kinds), and never the node.
 */
@ChannelHandler.Sharable
public final class ConnectionErrors extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionErrors.class);
    private final String localName;

    public ConnectionErrors(String localName) {
        this.localName = localName;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof DecoderException || cause instanceof IOException) {
            LOG.warn("{}: closing connection from {}: {}", localName, ctx.channel().remoteAddress(), OneLine.of(cause));
        } else {
            LOG.error("{}: closing connection from {} after an unexpected error", localName, ctx.channel().remoteAddress(), cause);
        }
        ctx.close();
    }

}

package jp.konbini.city;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import jp.konbini.city.data.CityDatabaseException;
import jp.konbini.node.HopTimer;
import jp.konbini.protocol.DocumentChunk;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.ErrorMessage;
import jp.konbini.protocol.Hello;
import jp.konbini.protocol.IssueRequest;
import jp.konbini.protocol.Message;
import jp.konbini.protocol.Ping;
import jp.konbini.protocol.Pong;
import jp.konbini.protocol.PrintAck;
import jp.konbini.protocol.PrintResult;
import jp.konbini.protocol.ProtocolVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The city's side of its one link, from the hub. Database and rendering work runs on a bounded pool,
 * never on the event loop; when the pool is full the hub gets a fast BUSY instead of a queue.
 */
final class HubLinkHandler extends SimpleChannelInboundHandler<Envelope> {
    private static final Logger LOG = LoggerFactory.getLogger(HubLinkHandler.class);

    private final String nodeId;
    private final IssuanceService service;
    private final Executor work;

    HubLinkHandler(String nodeId, IssuanceService service, Executor work) {
        this.nodeId = nodeId;
        this.service = service;
        this.work = work;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Envelope env) {
        Message m = env.message();
        int stream = env.streamId();
        switch (m) {
            case Hello h -> ctx.writeAndFlush(new Envelope(0,
                    new Hello(ProtocolVersion.MIN_SUPPORTED, ProtocolVersion.CURRENT, nodeId)));
            case Ping p -> ctx.writeAndFlush(new Envelope(stream, new Pong(p.token())));
            case IssueRequest r -> {
                // one timing line per request (hop, time, code), from here to its answer's last byte written
                HopTimer timer = HopTimer.start("city");
                submit(ctx, stream, timer, () -> answer(ctx, stream, service.issue(r), timer));
            }
            case PrintResult r -> submit(ctx, stream, HopTimer.NONE, () -> {
                var error = service.recordPrint(r);
                ctx.writeAndFlush(new Envelope(stream, error.<Message>map(c -> new ErrorMessage(c, "print result refused"))
                        .orElseGet(() -> new PrintAck(r.requestId()))));
            });
            default -> {
                LOG.warn("unexpected {} from the hub on stream {}", m.type(), stream);
                ctx.writeAndFlush(new Envelope(stream, new ErrorMessage(ErrorCode.PROTOCOL_VIOLATION,
                        "unexpected " + m.type())));
            }
        }
    }

    private void submit(ChannelHandlerContext ctx, int stream, HopTimer timer, Runnable task) {
        try {
            work.execute(() -> {
                try {
                    task.run();
                } catch (CityDatabaseException e) {
                    // the database is down or failed: "try later", and the ledger's transactions left no
                    // half-written row
                    LOG.error("request on stream {}: database unavailable: {}", stream, e.getMessage());
                    refuse(ctx, stream, ErrorCode.UNAVAILABLE, "city database", timer);
                } catch (RuntimeException e) {
                    LOG.error("request on stream {} failed", stream, e);
                    refuse(ctx, stream, ErrorCode.INTERNAL_ERROR, "city error", timer);
                }
            });
        } catch (RejectedExecutionException e) {
            refuse(ctx, stream, ErrorCode.BUSY, "city busy", timer);
        }
    }

    private static void answer(ChannelHandlerContext ctx, int stream, IssueOutcome outcome, HopTimer timer) {
        switch (outcome) {
            case IssueOutcome.Issued issued -> {
                ChannelFuture last = ctx.write(new Envelope(stream, issued.response()));
                for (DocumentChunk c : issued.chunks()) {
                    last = ctx.write(new Envelope(stream, c));
                }
                ctx.flush();
                last.addListener(f -> {
                    if (f.isSuccess()) {
                        timer.ok();
                    } else {
                        timer.refused(ErrorCode.UNAVAILABLE); // the hub link went away before the answer
                    }
                });
            }
            case IssueOutcome.Refused refused -> {
                LOG.info("refused on stream {}: {} ({})", stream, refused.code(), refused.detail());
                refuse(ctx, stream, refused.code(), refused.code().name(), timer);
            }
        }
    }

    private static void refuse(ChannelHandlerContext ctx, int stream, ErrorCode code, String detail, HopTimer timer) {
        ctx.writeAndFlush(new Envelope(stream, new ErrorMessage(code, detail))).addListener(f -> timer.refused(code));
    }
}

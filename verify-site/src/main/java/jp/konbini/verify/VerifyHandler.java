package jp.konbini.verify;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.multipart.Attribute;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.FileUpload;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** GET / shows the form; POST /verify decodes the uploaded scan. Nothing is written to disk or logged but the outcome. */
final class VerifyHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger LOG = LoggerFactory.getLogger(VerifyHandler.class);

    private final ScanVerifier verifier;

    VerifyHandler(ScanVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        String path = request.uri().split("\\?", 2)[0];
        if (request.method().equals(HttpMethod.GET) && path.equals("/")) {
            send(ctx, request, HttpResponseStatus.OK, VerifyPage.form(""));
        } else if (request.method().equals(HttpMethod.POST) && path.equals("/verify")) {
            upload(ctx, request);
        } else {
            send(ctx, request, HttpResponseStatus.NOT_FOUND, VerifyPage.form("ページがありません / no such page"));
        }
    }

    private void upload(ChannelHandlerContext ctx, FullHttpRequest request) {
        byte[] scan = null;
        Optional<String> serial = Optional.empty();
        // Memory only: an upload never touches the disk.
        HttpPostRequestDecoder decoder;
        try {
            decoder = new HttpPostRequestDecoder(new DefaultHttpDataFactory(false), request);
        } catch (HttpPostRequestDecoder.ErrorDataDecoderException e) {
            send(ctx, request, HttpResponseStatus.BAD_REQUEST, VerifyPage.form("フォームを読み取れません / the upload is not a form"));
            return;
        }
        try {
            for (InterfaceHttpData data : decoder.getBodyHttpDatas()) {
                if (data instanceof FileUpload f && f.getName().equals("scan") && f.isCompleted()) {
                    scan = f.get();
                } else if (data instanceof Attribute a && a.getName().equals("serial")) {
                    String v = a.getValue().strip();
                    serial = v.isEmpty() ? Optional.empty() : Optional.of(v);
                }
            }
        } catch (IOException | HttpPostRequestDecoder.ErrorDataDecoderException e) {
            scan = null;
        } finally {
            decoder.destroy();
        }
        if (scan == null || scan.length == 0) {
            send(ctx, request, HttpResponseStatus.BAD_REQUEST, VerifyPage.form("ファイルが選ばれていません / choose a scan to upload"));
            return;
        }
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        int size = scan.length;
        verifier.verify(scan, serial).whenComplete((outcome, failure) -> ctx.executor().execute(() -> {
            String page;
            HttpResponseStatus status;
            if (outcome instanceof ScanVerifier.Outcome.Read r) {
                page = VerifyPage.result(r.reading());
                status = HttpResponseStatus.OK;
                LOG.info("upload of {} bytes: {}", size, r.reading().getClass().getSimpleName());
            } else if (outcome instanceof ScanVerifier.Outcome.PrintChecked p) {
                page = VerifyPage.result(p.report());
                status = HttpResponseStatus.OK;
                LOG.info("upload of {} bytes: print data of {} sheets, {}", size, p.report().sheets().size(),
                        p.report().whole() ? "whole" : "refused");
            } else {
                String reason = outcome instanceof ScanVerifier.Outcome.Refused f ? f.reason() : "内部エラー / internal error";
                page = VerifyPage.form(reason);
                status = HttpResponseStatus.UNPROCESSABLE_ENTITY;
                LOG.info("upload of {} bytes refused", size);
            }
            write(ctx, keepAlive, status, page);
        }));
    }

    private static void send(ChannelHandlerContext ctx, FullHttpRequest request, HttpResponseStatus status, String page) {
        write(ctx, HttpUtil.isKeepAlive(request), status, page);
    }

    private static void write(ChannelHandlerContext ctx, boolean keepAlive, HttpResponseStatus status, String page) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.wrappedBuffer(page.getBytes(StandardCharsets.UTF_8)));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/html; charset=utf-8")
                .set(HttpHeaderNames.CACHE_CONTROL, "no-store")
                .set("Content-Security-Policy", "default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'self'")
                .set("X-Content-Type-Options", "nosniff");
        HttpUtil.setContentLength(response, response.content().readableBytes());
        if (keepAlive) {
            HttpUtil.setKeepAlive(response, true);
            ctx.writeAndFlush(response);
        } else {
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("connection closed: {}", cause.getClass().getSimpleName());
        ctx.close();
    }
}

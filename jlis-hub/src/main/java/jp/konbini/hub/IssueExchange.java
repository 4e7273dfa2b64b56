package jp.konbini.hub;

import io.netty.channel.ChannelHandlerContext;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.security.GeneralSecurityException;
import jp.konbini.crypto.NodeIdentity;
import jp.konbini.protocol.ProtocolLimits;
import jp.konbini.protocol.DocumentChunk;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.ErrorMessage;
import jp.konbini.protocol.IssueRequest;
import jp.konbini.protocol.IssueResponse;
import jp.konbini.protocol.Message;
import jp.konbini.protocol.PrintAck;
import jp.konbini.protocol.PrintOutcome;
import jp.konbini.protocol.PrintResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One authenticated request on its way through the hub: relay stream in, city stream out. The city's
 * answer is held in memory (never on disk) until the whole document has arrived and matches the
 * request; only then is anything sent towards the kiosk. Every method runs on the relay connection's
 * event loop.
 */
final class IssueExchange implements StreamListener {
    private static final Logger LOG = LoggerFactory.getLogger(IssueExchange.class);
    /** One line a request, the hub's share of its latency, in the format every node writes (README, tools load). */
    private static final Logger TIMING = LoggerFactory.getLogger(jp.konbini.node.TimingLine.LOGGER);

    private final ChannelHandlerContext relay;
    private final int relayStream;
    private final IssueRequest request;
    private final long maxDocumentBytes;
    private final int maxChunkBytes;
    private final NodeIdentity hub;
    private final Executor workers;
    private final Runnable onFinished;
    private CityLink.CityStream city;
    private IssueResponse response;
    /** Chunks of the city's document taken so far: their bytes are in {@link #document}, not kept twice. */
    private int chunksTaken;
    private final ByteArrayOutputStream document = new ByteArrayOutputStream();
    private boolean delivered;
    private PaperSecurityStage paper = PaperSecurityStage.OFF;
    private boolean finished;
    private final long started = System.nanoTime();
    private boolean timed;

    IssueExchange(ChannelHandlerContext relay, int relayStream, IssueRequest request, ProtocolLimits limits,
                  NodeIdentity hub, Executor workers, Runnable onFinished) {
        this.relay = relay;
        this.relayStream = relayStream;
        this.request = request;
        this.maxDocumentBytes = limits.maxDocumentBytes();
        this.maxChunkBytes = limits.maxChunkBytes();
        this.hub = hub;
        this.workers = workers;
        this.onFinished = onFinished;
    }

    void cityStreamOpened(CityLink.CityStream stream) {
        if (finished) {
            stream.close();
            return;
        }
        this.city = stream;
        stream.send(request);
    }

    void cityUnreachable() {
        fail(ErrorCode.UNAVAILABLE, "city unreachable");
    }

    /** The city's window is full or it stopped reading: a fast BUSY rather than a queue (PROTOCOL.md §7). */
    void cityBusy() {
        fail(ErrorCode.BUSY, "city busy");
    }

    /** The kiosk's print result, relayed to the city so the ledger says PRINTED or VOIDED. */
    void printResult(PrintResult result) {
        if (!delivered || city == null || !result.requestId().equals(request.requestId())) {
            sendToRelay(new ErrorMessage(ErrorCode.PROTOCOL_VIOLATION, "print result without a delivered document"));
            return;
        }
        city.send(result);
    }

    @Override
    public void onMessage(Message message) {
        relay.executor().execute(() -> fromCity(message));
    }

    @Override
    public void onLinkDown() {
        relay.executor().execute(() -> fail(ErrorCode.UNAVAILABLE, "city link down"));
    }

    private void fromCity(Message message) {
        if (finished) {
            return;
        }
        switch (message) {
            case IssueResponse r when response == null && !delivered -> {
                Optional<String> mismatch = DocumentBinding.checkHeader(request, r, maxDocumentBytes)
                        .or(() -> DocumentBinding.checkCitySignature(request, r, city.cityCertificate()));
                if (mismatch.isPresent()) {
                    bindingMismatch(mismatch.get());
                    return;
                }
                response = r;
            }
            case DocumentChunk c when response != null && !delivered -> chunk(c);
            case ErrorMessage e -> {
                timing(jp.konbini.node.TimingLine.outcome(e.code()));
                sendToRelay(e);
                finish();
            }
            case PrintAck a when delivered && a.requestId().equals(request.requestId()) -> {
                sendToRelay(a);
                finish();
            }
            default -> bindingMismatch("unexpected " + message.type() + " from the city");
        }
    }

    private void chunk(DocumentChunk c) {
        if (!c.requestId().equals(request.requestId())) {
            bindingMismatch("chunk names another request id");
            return;
        }
        byte[] data = c.data();
        if (c.index() != chunksTaken || chunksTaken >= response.chunkCount()
                || document.size() + (long) data.length > response.documentLength()) {
            bindingMismatch("chunk " + c.index() + " out of order or beyond the announced size");
            return;
        }
        chunksTaken++;
        document.writeBytes(data);
        if (!c.last()) {
            return;
        }
        if (chunksTaken != response.chunkCount()) {
            bindingMismatch("last chunk came early");
            return;
        }
        byte[] whole = document.toByteArray();
        document.reset();
        Optional<String> mismatch = DocumentBinding.checkDocument(response, whole);
        if (mismatch.isPresent()) {
            bindingMismatch(mismatch.get());
            return;
        }
        IssueResponse cityResponse = response;
        try {
            paper.apply(cityResponse, whole, request.copies(), maxDocumentBytes)
                    .thenApplyAsync(print -> seal(cityResponse, print), workers)
                    .whenCompleteAsync(this::deliver, relay.executor());
        } catch (RejectedExecutionException e) {
            // the hub's workers are saturated: void the record rather than queue without bound
            city.send(new PrintResult(request.requestId(), PrintOutcome.PRINT_FAILED));
            fail(ErrorCode.BUSY, "hub busy");
        }
    }

    private PrintSeal.Sealed seal(IssueResponse cityResponse, byte[] print) {
        try {
            return PrintSeal.seal(request, cityResponse, print, hub, maxChunkBytes);
        } catch (GeneralSecurityException e) {
            throw new CompletionException(e);
        }
    }

    /** Sends the sealed print data (paper security added) towards the kiosk, or voids the issue if it failed. */
    private void deliver(PrintSeal.Sealed print, Throwable failure) {
        chunksTaken = 0;
        document.reset();
        if (finished) {
            return;
        }
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            LOG.error("request {}: print data not made ({}); document withheld and voided", request.requestId(),
                    cause.getClass().getSimpleName());
            city.send(new PrintResult(request.requestId(), PrintOutcome.PRINT_FAILED));
            fail(ErrorCode.INTERNAL_ERROR, "print data failed");
            return;
        }
        relay.write(new Envelope(relayStream, print.response()));
        print.chunks().forEach(ch -> relay.write(new Envelope(relayStream, ch)));
        relay.flush();
        delivered = true;
        timing(jp.konbini.node.TimingLine.OK);
    }

    /** The hub's paper-security stage (step 6); without it the city's document goes as it came. */
    void paperSecurity(PaperSecurityStage stage) {
        this.paper = stage;
    }

    /**
     * Loud, and without personal data: the request id, what differed, and how many mismatches this hub has seen
     * since it started (the operator's count, in the line they grep for). The document is never sent.
     */
    private void bindingMismatch(String what) {
        long seen = HubMetrics.BINDING_MISMATCHES.incrementAndGet();
        LOG.error("ALERT binding mismatch on request {}: {}; document withheld and voided ({} since start)",
                request.requestId(), what, seen);
        if (city != null) {
            city.send(new PrintResult(request.requestId(), PrintOutcome.PRINT_FAILED));
        }
        fail(ErrorCode.BINDING_MISMATCH, "binding mismatch");
    }

    private void fail(ErrorCode code, String detail) {
        if (finished) {
            return;
        }
        timing(jp.konbini.node.TimingLine.outcome(code));
        sendToRelay(new ErrorMessage(code, detail));
        finish();
    }

    /** From the request's arrival to its print data sent, or to its refusal; once a request. */
    private void timing(String outcome) {
        if (!timed) {
            timed = true;
            TIMING.info(new jp.konbini.node.TimingLine("hub", (System.nanoTime() - started) / 1e6, outcome).format());
        }
    }

    void finish() {
        if (finished) {
            return;
        }
        finished = true;
        chunksTaken = 0;
        document.reset();
        if (city != null) {
            city.close();
        }
        onFinished.run();
    }

    private void sendToRelay(Message m) {
        relay.writeAndFlush(new Envelope(relayStream, m));
    }
}

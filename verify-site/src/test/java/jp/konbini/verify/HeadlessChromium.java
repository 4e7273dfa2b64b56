package jp.konbini.verify;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's headless Chromium driven over the DevTools protocol (a WebSocket, JSON written by hand): just
 * enough to open a page, put a file in a file input, submit the form and read the result.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on ws://127\\.0\\.0\\.1:(\\d+)/");
    private static final Pattern PAGE_WS = Pattern.compile("\"type\"\\s*:\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\"\\s*:\\s*\"([^\"]+)\"",
            Pattern.DOTALL);

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
    private final LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();

    static Optional<Path> installed() {
        for (String p : new String[] {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (Files.isExecutable(Path.of(p))) {
                return Optional.of(Path.of(p));
            }
        }
        return Optional.empty();
    }

    HeadlessChromium(Path binary, Path profile) throws Exception {
        process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--ignore-certificate-errors", "--remote-debugging-port=0", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        String port = null;
        for (String line; (line = err.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                port = m.group(1);
                break;
            }
        }
        if (port == null) {
            throw new IllegalStateException("chromium did not open its DevTools port");
        }
        Thread drain = new Thread(() -> {
            try {
                err.transferTo(java.io.Writer.nullWriter());
            } catch (java.io.IOException ignored) {
                // the browser went away
            }
        });
        drain.setDaemon(true);
        drain.start();
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher page = PAGE_WS.matcher(list);
        if (!page.find()) {
            throw new IllegalStateException("chromium has no page target");
        }
        socket = http.newWebSocketBuilder().buildAsync(URI.create(page.group(1)), new Listener()).get(30, TimeUnit.SECONDS);
        call("Page.enable", "{}");
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(message);
                if (id.find()) {
                    CompletableFuture<String> f = pending.remove(Integer.parseInt(id.group(1)));
                    if (f != null) {
                        f.complete(message);
                    }
                } else {
                    events.add(message);
                }
            }
            ws.request(1);
            return null;
        }
    }

    /** Sends a command and returns its raw JSON answer. */
    String call(String method, String paramsJson) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<String> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + paramsJson + "}", true).join();
        return answer.get(60, TimeUnit.SECONDS);
    }

    /** Waits for the next event named {@code method}. */
    void awaitEvent(String method, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            String e = events.poll(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (e == null) {
                throw new IllegalStateException("no " + method + " within " + timeout);
            }
            if (e.contains("\"method\":\"" + method + "\"")) {
                return;
            }
        }
    }

    void navigate(String url) throws Exception {
        events.clear();
        call("Page.navigate", "{\"url\":\"" + url + "\"}");
        awaitEvent("Page.loadEventFired", Duration.ofSeconds(30));
    }

    void setFile(String selector, Path file) throws Exception {
        String doc = call("DOM.getDocument", "{}");
        String root = first(doc, "\"nodeId\":(\\d+)");
        String node = first(call("DOM.querySelector", "{\"nodeId\":" + root + ",\"selector\":\"" + selector + "\"}"),
                "\"nodeId\":(\\d+)");
        call("DOM.setFileInputFiles", "{\"nodeId\":" + node + ",\"files\":[\"" + file.toAbsolutePath() + "\"]}");
    }

    /** Clicks by script and waits for the next page to load. */
    void submitAndWait(String selector) throws Exception {
        events.clear();
        call("Runtime.evaluate", "{\"expression\":\"document.querySelector('" + selector + "').click()\"}");
        awaitEvent("Page.loadEventFired", Duration.ofSeconds(90));
    }

    /** Evaluates a string expression in the page. */
    String text(String expression) throws Exception {
        String answer = call("Runtime.evaluate", "{\"expression\":\"" + expression.replace("\"", "\\\"") + "\",\"returnByValue\":true}");
        return first(answer, "\"value\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    }

    private static String first(String json, String regex) {
        Matcher m = Pattern.compile(regex).matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("unexpected DevTools answer: " + json.substring(0, Math.min(200, json.length())));
        }
        return m.group(1);
    }

    @Override
    public void close() throws Exception {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // closing anyway
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

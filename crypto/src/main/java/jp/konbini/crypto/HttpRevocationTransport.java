package jp.konbini.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** OCSP and CRL over plain HTTP (both are signed by the JPKI CA), with short timeouts and a size cap. */
public final class HttpRevocationTransport implements RevocationChecker.Transport {
    private static final int MAX_BODY = 4 * 1024 * 1024;

    private final HttpClient client;
    private final Duration timeout;

    public HttpRevocationTransport(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public byte[] post(URI uri, String contentType, byte[] body) throws IOException {
        return send(HttpRequest.newBuilder(uri).timeout(timeout).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    @Override
    public byte[] get(URI uri) throws IOException {
        return send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build());
    }

    private byte[] send(HttpRequest request) throws IOException {
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP " + response.statusCode() + " from " + request.uri());
                }
                byte[] body = in.readNBytes(MAX_BODY + 1);
                if (body.length > MAX_BODY) {
                    throw new IOException("answer from " + request.uri() + " larger than " + MAX_BODY + " bytes");
                }
                return body;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}

package jp.konbini.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.zip.CRC32;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifySiteTest {
    @TempDir
    static Path dir;
    static SiteFixture site;
    static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        site = new SiteFixture(dir, 4 << 20);
        SSLContext trustAll = SSLContext.getInstance("TLS");
        // The test's throw-away certificate: the client trusts whatever the site presents.
        trustAll.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        client = HttpClient.newBuilder().sslContext(trustAll).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static HttpResponse<String> upload(byte[] file, String serial) throws Exception {
        String boundary = "----konbini" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"serial\"\r\n\r\n" + serial + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"scan\"; filename=\"scan.png\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(site.url("/verify")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theFormIsServedOverHttpsAndCachesNothing() throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(site.url("/"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("name=\"scan\"").contains("Nothing you upload is kept");
        assertThat(r.headers().firstValue("cache-control")).hasValue("no-store");
    }

    @Test
    void aGenuineScanShowsTheDecodedFrontAndAValidSeal() throws Exception {
        HttpResponse<String> r = upload(SiteFixture.genuineScan("R08-052019-000777"), "");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("VALID").contains("id=\"front\"").contains("R08-052019-000777");
    }

    @Test
    void thePrintDataItselfIsCheckedSheetBySheet() throws Exception {
        byte[] city = jp.konbini.render.ImageDocument.write(List.of(
                jp.konbini.render.paper.SpecimenFront.pageImage("架空　花子"),
                jp.konbini.render.paper.SpecimenFront.pageImage("架空　太郎")));
        byte[] print = new jp.konbini.render.paper.PrintSheet(jp.konbini.render.paper.PrinterProfile.OFFICE_LASER,
                SiteFixture.PAPER.master(), SiteFixture.SIGNER).compose(city, "R08-052019-000780", 2).pdf();
        HttpResponse<String> r = upload(print, "");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("VALID").contains("R08-052019-000780").contains("2 page(s) × 2 copies");
        assertThat(r.body().split("class=\"sheet-front\"", -1)).hasSize(4 + 1);
        assertThat(r.body()).contains(">1/2<").contains(">2/2<");
    }

    @Test
    void aBackWhoseCodeWasTakenFromAnotherCertificateIsRejected() throws Exception {
        HttpResponse<String> r = upload(SiteFixture.scan("R08-052019-000778", "R08-052019-000999"), "");
        assertThat(r.body()).contains("REJECTED").contains("does not match the signed code").doesNotContain("id=\"front\"");
    }

    @Test
    void theBackOfAnotherCertificateThanTheOneTypedIsNamed() throws Exception {
        HttpResponse<String> r = upload(SiteFixture.genuineScan("R08-052019-000779"), "R08-052019-000001");
        assertThat(r.body()).contains("REJECTED").contains("belongs to certificate R08-052019-000779");
    }

    @Test
    void aFileThatIsNoImageGetsAClearMessage() throws Exception {
        HttpResponse<String> r = upload("hello, this is not a scan".getBytes(StandardCharsets.UTF_8), "");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("only PNG, JPEG or PDF");
    }

    @Test
    void aPictureWithoutTheCornerMarkersSaysSo() throws Exception {
        HttpResponse<String> r = upload(jp.konbini.render.paper.Gray.white(1240, 1754).png(), "");
        assertThat(r.body()).contains("REJECTED").contains("no corner markers");
    }

    @Test
    void aTruncatedScanIsCalledDamaged() throws Exception {
        byte[] scan = SiteFixture.genuineScan("R08-052019-000781");
        HttpResponse<String> r = upload(java.util.Arrays.copyOf(scan, 2000), "");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("damaged");
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() throws Exception {
        HttpResponse<String> r = upload(pngHeaderClaiming(100_000, 100_000), "");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("too large");
    }

    @Test
    void aPdfWithAHugeImageIsRefusedBeforeRendering() throws Exception {
        HttpResponse<String> r = upload(pdfWithImageClaiming(60_000, 60_000), "");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("larger than this site accepts");
    }

    @Test
    void anUploadOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        HttpResponse<String> r = upload(new byte[5 << 20], "");
        assertThat(r.statusCode()).isEqualTo(413);
        HttpResponse<String> after = upload(SiteFixture.genuineScan("R08-052019-000780"), "");
        assertThat(after.body()).as("the site keeps serving").contains("VALID");
    }

    /** A PNG signature and IHDR claiming a huge size, followed by nothing: decoding it would need ~40 GB. */
    static byte[] pngHeaderClaiming(int w, int h) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        byte[] ihdr = java.nio.ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(w).putInt(h)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).array();
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(13).array());
        out.writeBytes(ihdr);
        CRC32 crc = new CRC32();
        crc.update(ihdr);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }

    /** A one-page PDF whose image XObject claims {@code w × h} pixels (its data is a few bytes). */
    static byte[] pdfWithImageClaiming(int w, int h) {
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
                "<< /Type /XObject /Subtype /Image /Width " + w + " /Height " + h
                        + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\nxxxx\nendstream",
                "<< /Length 31 >>\nstream\nq 595 0 0 842 0 0 cm /Im1 Do Q\nendstream",
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            pdf.append(String.format("%010d 00000 n \n", o));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}

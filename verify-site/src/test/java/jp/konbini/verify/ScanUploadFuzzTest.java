package jp.konbini.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import jp.konbini.render.paper.BackDecoder;
import jp.konbini.render.paper.BackReading;
import jp.konbini.render.paper.ScanFile;
import jp.konbini.render.paper.SealVerifier;
import jp.konbini.render.paper.TrustedSealKey;

/**
 * Fuzz target: the site's handling of an uploaded scan, as {@link ScanVerifier} does it off the network
 * threads: {@link ScanFile#load} (PNG, JPEG or PDF, every size checked before the bytes are expanded) and then
 * {@link BackDecoder#read} on what was loaded. Whatever is uploaded, the outcome is a loaded grey raster within
 * the limits or a typed refusal with a reason, then a {@link BackReading}; never an exception.
 *
 * <p>The limits here are the site's rules at a small scale (256 pixels a side, 64 Ki pixels, 2 PDF pages, 4 MiB
 * for PDFBox) so that each input costs milliseconds; the checks are the same code as with
 * {@link ScanFile.Limits#DEFAULT}. Seeds under {@code ScanUploadFuzzTestInputs/scanUpload}: tiny PNG, JPEG and
 * PDF scans (a page with a lossless and a JPEG image).
 */
class ScanUploadFuzzTest {

    private static final ScanFile.Limits LIMITS = new ScanFile.Limits(256, 64 * 1024, 2, 4L << 20);
    private static final BackDecoder DECODER = new BackDecoder(new byte[32],
            new SealVerifier(List.of(new TrustedSealKey("052019", sealKey(), true))));

    @FuzzTest
    void scanUpload(byte[] upload) {
        ScanFile.Result result = ScanFile.load(upload, LIMITS);

        assertThat(result).isNotNull();
        switch (result) {
            case ScanFile.Result.Refused refused -> assertThat(refused.reason()).isNotBlank();
            case ScanFile.Result.Loaded loaded -> {
                int w = loaded.scan().width();
                int h = loaded.scan().height();
                assertThat(w).isPositive();
                assertThat(h).isPositive();
                // An image is refused above the limits; a PDF page is rendered at a resolution that keeps it
                // about maxPixels (rounded up per side).
                assertThat((long) w * h).isLessThanOrEqualTo(2 * LIMITS.maxPixels());
                BackReading reading = DECODER.read(loaded.scan(), Optional.of("052019-2027-000001"));
                assertThat(reading).isNotNull();
            }
        }
    }

    private static java.security.PublicKey sealKey() {
        try {
            return KeyPairGenerator.getInstance("EC").generateKeyPair().getPublic();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

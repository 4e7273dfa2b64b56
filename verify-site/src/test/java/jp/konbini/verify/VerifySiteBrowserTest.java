package jp.konbini.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real browser (Debian's headless Chromium) uploads scans through the site's form. */
class VerifySiteBrowserTest {
    @TempDir
    static Path dir;
    static SiteFixture site;
    static HeadlessChromium browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(HeadlessChromium.installed().isPresent(), "chromium is not installed (apt-get install chromium)");
        site = new SiteFixture(dir, 20 << 20);
        browser = new HeadlessChromium(HeadlessChromium.installed().get(), dir.resolve("profile"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void aBrowserUploadsAScanAndSeesTheDecodedFrontAndAValidSeal() throws Exception {
        Path scan = SiteFixture.write(dir, "genuine.png", SiteFixture.genuineScan("R08-052019-000555"));
        browser.navigate(site.url("/"));
        browser.setFile("#scan", scan);
        browser.submitAndWait("#submit");
        assertThat(browser.text("document.getElementById('verdict').textContent")).startsWith("VALID");
        assertThat(browser.text("String(document.getElementById('front').naturalWidth)")).isEqualTo("720");
        assertThat(browser.text("document.getElementById('serial-found').textContent")).isEqualTo("R08-052019-000555");
    }

    @Test
    void aBrowserUploadsAForgedBackAndSeesItRejected() throws Exception {
        Path forged = SiteFixture.write(dir, "forged.png", SiteFixture.scan("R08-052019-000556", "R08-052019-000999"));
        browser.navigate(site.url("/"));
        browser.setFile("#scan", forged);
        browser.submitAndWait("#submit");
        assertThat(browser.text("document.getElementById('verdict').textContent")).startsWith("REJECTED")
                .contains("does not match the signed code");
        assertThat(browser.text("String(document.getElementById('front') === null)")).isEqualTo("true");
    }
}

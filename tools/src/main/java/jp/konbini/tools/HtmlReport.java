package jp.konbini.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** The report and its plot in one self-contained HTML file (the PNG inline), to open or mail as it is. */
final class HtmlReport {
    private HtmlReport() {
    }

    static void write(Path html, String title, String report, byte[] png) throws IOException {
        Files.writeString(html, """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%1$s</title>
                <style>body{font-family:sans-serif;margin:1.5em}pre{font-size:13px;line-height:1.3}</style></head>
                <body><h1>%1$s</h1>
                <img alt="latency over time" src="data:image/png;base64,%2$s">
                <pre>%3$s</pre>
                </body></html>
                """.formatted(escape(title), Base64.getEncoder().encodeToString(png), escape(report)), StandardCharsets.UTF_8);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

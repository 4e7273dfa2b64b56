package jp.konbini.verify;

import java.util.Base64;
import jp.konbini.render.paper.BackReading;
import jp.konbini.render.paper.PrintDataCheck;
import jp.konbini.render.paper.SealVerdict;

/** The site's two pages: the upload form, and the result (decoded front beside the verdict). */
final class VerifyPage {

    private VerifyPage() {
    }

    private static final String HEAD = """
            <!DOCTYPE html>
            <html lang="ja"><head><meta charset="utf-8"><title>証明書 検証サイト / certificate verification</title>
            <style>body{font-family:sans-serif;margin:2em;max-width:70em} .ok{color:#060} .bad{color:#a00}
            figure{display:inline-block;margin:0 2em 0 0;vertical-align:top} img{border:1px solid #888;max-width:36em}</style>
            </head><body><h1>コンビニ交付 証明書の検証 / Verify a convenience-store certificate</h1>
            """;

    static String form(String note) {
        return HEAD + (note.isEmpty() ? "" : "<p id=\"verdict\" class=\"bad\">" + escape(note) + "</p>") + """
                <p>証明書の裏面を300 dpiでスキャンしてアップロードするか、印刷データ（PDF）をそのままアップロードしてください（全用紙を表面と照合します）。アップロードされたファイルは保存されません。<br>
                Scan the back of the certificate at 300 dpi and upload it (PNG, JPEG or PDF), or upload the print data (PDF) itself: every sheet is then checked against its front. Nothing you upload is kept.</p>
                <form method="post" action="/verify" enctype="multipart/form-data">
                <p><label>裏面のスキャン / scan of the back: <input type="file" name="scan" id="scan" accept="image/png,image/jpeg,application/pdf" required></label></p>
                <p><label>証明書番号（任意） / certificate number (optional): <input type="text" name="serial" id="serial" maxlength="64"></label></p>
                <p><button type="submit" id="submit">検証 / Verify</button></p>
                </form></body></html>
                """;
    }

    static String result(BackReading reading) {
        StringBuilder s = new StringBuilder(HEAD);
        boolean ok = reading instanceof BackReading.Decoded d && d.seal() instanceof SealVerdict.Genuine;
        s.append("<p id=\"verdict\" class=\"").append(ok ? "ok" : "bad").append("\">")
                .append(ok ? "VALID — " : "REJECTED — ").append(escape(reading.message())).append("</p>");
        if (reading instanceof BackReading.Decoded d) {
            s.append("<figure><img id=\"front\" alt=\"decoded front\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(d.front().png()))
                    .append("\"><figcaption>復号した表面 / the front as issued</figcaption></figure>");
            SealVerdict seal = d.seal();
            String serial = switch (seal) {
                case SealVerdict.Genuine g -> g.payload().serial();
                case SealVerdict.RetiredKey r -> r.payload().serial();
                default -> "";
            };
            s.append("<figure><p>証明書番号 / certificate: <b id=\"serial-found\">").append(escape(serial)).append("</b></p>")
                    .append("<p>ページ / page: <b id=\"page-found\">").append(escape(d.payload().pageLabel()))
                    .append("</b></p>")
                    .append("<p>署名 / seal: <span id=\"seal\">").append(escape(seal.message())).append("</span></p>")
                    .append("<p>表面と裏面の一致 / front matches code: ")
                    .append(String.format("%.0f%%", 100 * (1 - d.hashDistance()))).append("</p></figure>");
        }
        s.append("<p><a href=\"/\">別のスキャンを検証 / verify another scan</a></p></body></html>");
        return s.toString();
    }

    /** The print data checked sheet by sheet: the verdict, then each sheet's page and decoded front. */
    static String result(PrintDataCheck.Report report) {
        StringBuilder s = new StringBuilder(HEAD);
        boolean ok = report.whole();
        s.append("<p id=\"verdict\" class=\"").append(ok ? "ok" : "bad").append("\">")
                .append(ok ? "VALID — 全" + report.sheets().size() + "枚、証明書番号 " + report.serial().orElse("") + "、"
                        + report.pages() + "ページ × " + report.copies() + "部 / every sheet genuine: certificate "
                        + report.serial().orElse("") + ", " + report.pages() + " page(s) × " + report.copies() + " copies"
                        : "REJECTED — " + report.firstRefusal().orElse(""))
                .append("</p>");
        for (int i = 0; i < report.sheets().size(); i++) {
            switch (report.sheets().get(i)) {
                case PrintDataCheck.SheetResult.Genuine g -> s.append("<figure><img class=\"sheet-front\" alt=\"decoded front\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(g.front().png())).append("\"><figcaption>用紙 ").append(i + 1)
                        .append(" / sheet ").append(i + 1).append(": <b class=\"sheet-page\">").append(escape(g.payload().pageLabel()))
                        .append("</b> ").append(escape(g.payload().serial())).append("</figcaption></figure>");
                case PrintDataCheck.SheetResult.Refused r -> s.append("<p class=\"bad sheet-refused\">用紙 ").append(i + 1)
                        .append(" / sheet ").append(i + 1).append(": ").append(escape(r.reason())).append("</p>");
            }
        }
        s.append("<p><a href=\"/\">別のスキャンを検証 / verify another scan</a></p></body></html>");
        return s.toString();
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(ch);
            }
        }
        return s.toString();
    }
}

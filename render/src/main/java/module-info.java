/**
 * Certificate layouts drawn into 300 dpi bilevel page images, Japanese era dates and the Japanese font; the print
 * data with its paper security. Its own small PDF writer (jp.konbini.render.pdf, not exported) writes both
 * documents; PDFBox reads them back.
 */
module konbini.render {
    // PDFBox's jars are automatic modules; no PDFBox type appears in this module's API. It reads PDFs here.
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    // Automatic modules declare no dependencies, so what PDFBox needs at run time is listed here:
    // it logs through commons-logging, uses java.awt geometry and colours even without a screen,
    // and frees its buffers through sun.misc.Unsafe (without it: a SEVERE log at the first document).
    requires org.apache.commons.logging;
    requires java.desktop;
    requires jdk.unsupported;
    // The signed code on the back of a printed certificate is a QR code (automatic module).
    requires com.google.zxing;

    exports jp.konbini.render;
    // Paper security: copy-evident background, scramble image, latent image, signed code (issue 5).
    exports jp.konbini.render.paper;
}

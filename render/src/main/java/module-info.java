/**
 * Certificate layouts drawn with PDFBox, Japanese era dates and the embedded Japanese font.
 */
module konbini.render {
    requires org.apache.pdfbox;
    requires org.apache.fontbox;
    requires org.apache.pdfbox.io;
    requires org.slf4j;

    exports jp.konbini.render;
}

/**
 * The operator's command line: PKI bootstrap, synthetic city data, the demo, and the launcher's
 * dispatch to every node.
 */
module konbini.tools {
    requires konbini.crypto;
    requires konbini.protocol;
    requires konbini.render;
    requires konbini.node;
    requires konbini.city;
    requires konbini.hub;
    requires konbini.relay;
    requires konbini.kiosk;
    requires konbini.verify;
    requires java.sql;
    // The JPKI CA's OCSP responder and CRL endpoint (tools jpki ocsp).
    requires jdk.httpserver;
    requires org.slf4j;
    // tools load reads each printed certificate's back panel straight from the print data (PDFBox, AWT images).
    requires org.apache.pdfbox;
    requires java.desktop;
}

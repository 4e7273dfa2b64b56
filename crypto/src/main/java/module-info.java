/**
 * Keys and certificates, mutual TLS 1.3 contexts, connection allow-lists, JPKI card certificates and
 * the emulated card file. BouncyCastle does certificates; the JDK provider does symmetric crypto.
 */
module konbini.crypto {
    // SslContext, ChannelHandler and AttributeKey appear in the exported API, so readers of this module get them too.
    requires transitive io.netty.handler;
    requires transitive io.netty.transport;
    requires transitive io.netty.common;
    requires io.netty.buffer;
    // SslHandler is a ByteToMessageDecoder: looking it up in a pipeline needs the codec module readable.
    requires io.netty.codec;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;
    requires org.slf4j;
    // The hub fetches OCSP answers and CRLs of the JPKI CA over HTTP.
    requires java.net.http;

    exports jp.konbini.crypto;
    exports jp.konbini.crypto.card;
    // Certificate authorities are for the operator's tools only.
    exports jp.konbini.crypto.pki to konbini.tools;
}

/**
 * Keys and certificates, mutual TLS 1.3 contexts, connection allow-lists, JPKI card certificates and
 * the emulated card file. BouncyCastle does certificates; the JDK provider does symmetric crypto.
 */
module konbini.crypto {
    // SslContext and ChannelHandler appear in the exported API, so readers of this module get Netty too.
    requires transitive io.netty.handler;
    requires transitive io.netty.transport;
    requires io.netty.buffer;
    requires io.netty.common;
    requires io.netty.codec;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;
    requires org.slf4j;

    exports jp.konbini.crypto;
    exports jp.konbini.crypto.card;
    // Certificate authorities are for the operator's tools only.
    exports jp.konbini.crypto.pki to konbini.tools;
}

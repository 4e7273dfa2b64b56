/**
 * The verification site (検証サイト): a verifier uploads a scan of a certificate's back and sees the front
 * as issued, decoded with the hub's scramble key, beside the verdict of the signed code. Keeps no upload.
 */
module konbini.verify {
    requires konbini.render;
    requires konbini.crypto;
    requires konbini.node;
    // HTTPS on Netty: the HTTP codec with its multipart decoder, over the TLS handler.
    requires io.netty.codec.http;
    requires io.netty.handler;
    requires io.netty.transport;
    requires io.netty.buffer;
    requires io.netty.common;
    requires io.netty.codec;
    requires org.slf4j;

    exports jp.konbini.verify;
}

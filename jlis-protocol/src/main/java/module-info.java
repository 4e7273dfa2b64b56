/**
 * The wire between kiosk, relay, hub and city: frame format, message catalogue, codec, limits and
 * error codes. No business logic and no I/O beyond the codec.
 */
module konbini.protocol {
    // Codec classes extend Netty types and take ByteBuf, so users of the protocol read Netty too.
    requires transitive io.netty.codec;
    requires transitive io.netty.buffer;
    requires transitive io.netty.transport;
    requires io.netty.common;

    exports jp.konbini.protocol;
    exports jp.konbini.protocol.codec;
}

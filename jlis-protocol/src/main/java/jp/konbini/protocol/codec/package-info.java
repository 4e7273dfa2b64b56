/**
 * Netty codec for the J-LIS wire protocol, specified byte by byte in {@code jlis-protocol/PROTOCOL.md}.
 *
 * <p>Two layers, so that a relay can forward what it does not understand:
 * <ol>
 *   <li>{@link jp.konbini.protocol.codec.FrameDecoder} / {@link jp.konbini.protocol.codec.FrameEncoder}:
 *       bytes ↔ {@link jp.konbini.protocol.codec.Frame} (16-byte header and opaque body). A broken header
 *       closes the connection, because the next frame boundary can no longer be found.</li>
 *   <li>{@link jp.konbini.protocol.codec.MessageCodec}: {@code Frame} → {@link jp.konbini.protocol.Envelope}
 *       (TLV body → message record) inbound; outbound it writes an envelope's frame bytes itself, big fields
 *       straight from the record (no {@code Frame} in between). A broken body raises
 *       {@link jp.konbini.protocol.codec.MalformedMessageException} with the error code to answer; the
 *       connection stays usable.</li>
 * </ol>
 * <p>Copies: a record's {@code byte[]} fields are copied in and out for every caller but the codec, which reads
 * them in place when encoding and hands a decoded record the array it filled (package-private
 * {@code RecordArrays}); every length is still checked before anything is allocated.
 *
 * <p>A node's pipeline: {@code SslHandler}, {@code FrameDecoder}, {@code FrameEncoder}, {@code MessageCodec},
 * then its own handler. {@link jp.konbini.protocol.codec.MessageBodies} encodes and decodes bodies without a
 * channel.
 */
package jp.konbini.protocol.codec;

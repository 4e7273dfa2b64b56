/**
 * The message catalogue of the J-LIS wire protocol (コンビニ交付の通信電文): what kiosk, relay, hub and
 * city server say to each other, with no Netty types in sight.
 *
 * <p>{@link jp.konbini.protocol.Message} is a sealed interface over one record per message type, so a node
 * handles traffic with an exhaustive {@code switch}. {@link jp.konbini.protocol.ErrorCode} carries the
 * line a kiosk shows a resident; {@link jp.konbini.protocol.LocalGovernmentCode} is the 6-digit
 * 地方公共団体コード that routes a request; {@link jp.konbini.protocol.ProtocolLimits} bounds every length
 * a peer may send. The byte layout is specified in {@code jlis-protocol/PROTOCOL.md}.
 */
package jp.konbini.protocol;

/**
 * The ECS centre relay (中継サーバ). {@link jp.konbini.relay.RelayMain} starts it: it accepts only its
 * listed kiosks and forwards their frames to the J-LIS hub by header only, passing nothing but the
 * message types of the government-service path. It stores nothing.
 */
package jp.konbini.relay;

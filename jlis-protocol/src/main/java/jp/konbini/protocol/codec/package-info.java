/** Package jp.konbini.protocol.codec. */
package jp.konbini.protocol.codec;

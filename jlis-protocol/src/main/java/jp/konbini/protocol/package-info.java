/** Package jp.konbini.protocol. */
package jp.konbini.protocol;

/** Package jp.konbini.relay. */
package jp.konbini.relay;

/** Package jp.konbini.crypto.card. */
package jp.konbini.crypto.card;

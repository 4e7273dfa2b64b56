/** Package jp.konbini.crypto. */
package jp.konbini.crypto;

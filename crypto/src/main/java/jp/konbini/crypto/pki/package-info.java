/** Package jp.konbini.crypto.pki. */
package jp.konbini.crypto.pki;

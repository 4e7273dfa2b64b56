/** Package jp.konbini.verify. */
package jp.konbini.verify;

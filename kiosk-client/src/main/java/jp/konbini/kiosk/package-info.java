/** Package jp.konbini.kiosk. */
package jp.konbini.kiosk;

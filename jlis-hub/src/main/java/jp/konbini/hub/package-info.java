/** Package jp.konbini.hub. */
package jp.konbini.hub;

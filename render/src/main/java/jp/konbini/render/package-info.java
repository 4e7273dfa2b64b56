/** Package jp.konbini.render. */
package jp.konbini.render;

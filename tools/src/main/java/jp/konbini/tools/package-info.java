/** Package jp.konbini.tools. */
package jp.konbini.tools;

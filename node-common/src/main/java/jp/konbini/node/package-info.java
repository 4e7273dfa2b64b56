/** Package jp.konbini.node. */
package jp.konbini.node;

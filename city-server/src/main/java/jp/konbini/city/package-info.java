/** Package jp.konbini.city. */
package jp.konbini.city;

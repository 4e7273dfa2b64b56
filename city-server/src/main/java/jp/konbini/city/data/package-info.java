/** Package jp.konbini.city.data. */
package jp.konbini.city.data;

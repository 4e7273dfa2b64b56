/** Tests that start real node processes on loopback. */
package jp.konbini.systemtest;

/**
 * Helpers shared by the packages of {@code konbini.crypto}: owner-only file writing, certificate
 * parsing and name extraction, key-pair matching. Not exported: callers outside the module use the
 * public API, which applies these helpers for them.
 */
package jp.konbini.crypto.internal;

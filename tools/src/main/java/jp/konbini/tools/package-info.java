/**
 * The operator's command line ({@code bin/konbini tools ...} and {@code bin/konbini demo}): PKI
 * bootstrap, synthetic city data, and the demo that runs the whole chain on one machine.
 */
package jp.konbini.tools;

/**
 * 証明書発行サーバ (the city's certificate issuance server). {@link jp.konbini.city.CityMain} starts
 * it from a config file; it accepts only the J-LIS hub, decides whether a certificate may be issued,
 * renders it, and keeps the issuance ledger.
 */
package jp.konbini.city;

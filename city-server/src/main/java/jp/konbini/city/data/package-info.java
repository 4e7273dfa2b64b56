/**
 * The city's data: resident records (住民記録), the links from My Number cards (個人番号カード) to
 * residents, and the issuance ledger (交付記録), in H2 or PostgreSQL through plain JDBC.
 *
 * <p>{@link jp.konbini.city.data.CityDatabase} opens the database and applies the numbered
 * migrations in {@code jp/konbini/city/data/migration}; {@link jp.konbini.city.data.ResidentDirectory}
 * finds a resident by card and their household; {@link jp.konbini.city.data.IssuanceLedger}
 * records every certificate issued; {@link jp.konbini.city.data.SyntheticCity} fills a test city
 * with made-up residents of Akita (秋田市) or Yokote (横手市), {@link jp.konbini.city.data.SyntheticMunicipality}.
 *
 * <p>Every method asks {@code CityDatabase} for a connection — from its pool, and inside a request
 * ({@link jp.konbini.city.data.RequestDeadline}) the request's own one — and returns immutable records: nothing
 * read for one request is kept where another request could see it.
 */
package jp.konbini.city.data;

package jp.konbini.city.data;

/**
 * What {@link SyntheticCity#seed} stored.
 *
 * @param households  世帯 created
 * @param residents   住民 created
 * @param cardsLinked cards linked to an adult resident
 */
public record SeedSummary(int households, int residents, int cardsLinked) {
}

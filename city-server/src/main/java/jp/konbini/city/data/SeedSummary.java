package jp.konbini.city.data;

/**
 * What {@link SyntheticCity#seed} stored.
 *
 * @param households        世帯 created
 * @param residents         住民 created
 * @param cardsLinked       cards linked to an adult resident
 * @param foreignResidents  of the residents, 外国人住民
 * @param sealRegistrations 印鑑登録 (live and abolished)
 * @param taxAssessments    tax assessments (one per person and 年度)
 * @param familyRegisters   戸籍 with their 本籍 in the city
 * @param livingElsewhere   persons of those 戸籍 who live in another city (no resident row here)
 * @param cardsElsewhere    cards linked to such persons, each with a 本籍地利用登録 in effect
 */
public record SeedSummary(int households, int residents, int cardsLinked, int foreignResidents,
                          int sealRegistrations, int taxAssessments, int familyRegisters, int livingElsewhere,
                          int cardsElsewhere) {

    public SeedSummary(int households, int residents, int cardsLinked) {
        this(households, residents, cardsLinked, 0, 0, 0, 0, 0, 0);
    }
}

package jp.konbini.city.data;

/**
 * Whom a card belongs to and a certificate is issued to: a resident of the city (住民記録), or a person of a
 * 戸籍 kept here who lives elsewhere and so has no resident row (本籍地利用登録 only).
 */
public sealed interface Recipient {

    /** A resident, by 宛名番号. */
    record Resident(long residentId) implements Recipient {
    }

    /** A person in one 戸籍 of this city, by register and place in it (戸籍に記録されている者). */
    record RegisterMember(long registerId, int seq) implements Recipient {
    }
}

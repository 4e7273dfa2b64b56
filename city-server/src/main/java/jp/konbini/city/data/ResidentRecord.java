package jp.konbini.city.data;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One resident as the 住民記録 (resident record) holds them: the items a 住民票 can show. Holds no
 * 住民票コード and no 個人番号.
 *
 * @param id                 宛名番号, the resident's number in the city's records
 * @param householdId        世帯 the resident belongs to
 * @param familyName         氏
 * @param givenName          名
 * @param familyNameKana     氏のフリガナ
 * @param givenNameKana      名のフリガナ
 * @param dateOfBirth        生年月日
 * @param sex                性別, "男" or "女"
 * @param relationshipToHead 世帯主との続柄
 * @param becameResidentOn   住民となった年月日
 * @param addressSetOn       住所を定めた年月日, or {@code null}
 * @param addressNotifiedOn  届出日 of the address, or {@code null}
 * @param previousAddress    前住所, or {@code null}
 * @param status             ACTIVE, MOVED_OUT (転出) or DECEASED (死亡)
 */
public record ResidentRecord(
        long id,
        long householdId,
        String familyName,
        String givenName,
        String familyNameKana,
        String givenNameKana,
        LocalDate dateOfBirth,
        String sex,
        String relationshipToHead,
        LocalDate becameResidentOn,
        LocalDate addressSetOn,
        LocalDate addressNotifiedOn,
        String previousAddress,
        String status) {

    public static final String ACTIVE = "ACTIVE";
    public static final String MOVED_OUT = "MOVED_OUT";
    public static final String DECEASED = "DECEASED";

    public ResidentRecord {
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyNameKana, "familyNameKana");
        Objects.requireNonNull(givenNameKana, "givenNameKana");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(relationshipToHead, "relationshipToHead");
        Objects.requireNonNull(becameResidentOn, "becameResidentOn");
        Objects.requireNonNull(status, "status");
    }

    /** 氏名 as printed: family name, a space, given name ("秋田 太郎"). */
    public String fullName() {
        return familyName + " " + givenName;
    }
}

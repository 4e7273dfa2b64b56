package jp.konbini.render;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One person's block on a 住民票の写し (copy of the resident record).
 *
 * <p>Never carries the 住民票コード or the 個人番号: neither is printed at a kiosk.
 *
 * @param name              氏名, e.g. "秋田 太郎"
 * @param nameKana          フリガナ, e.g. "アキタ タロウ"
 * @param dateOfBirth       生年月日
 * @param sex               性別, "男" or "女"
 * @param relationship      世帯主との続柄, e.g. "世帯主", "妻", "長男"
 * @param becameResidentOn  住民となった年月日
 * @param addressSetOn      住所を定めた年月日; {@code null} when the person never moved (printed blank)
 * @param addressNotifiedOn 届出日 (date the new address was notified); {@code null} as above
 * @param previousAddress   前住所; {@code null} or blank when there is none
 */
public record JuminhyoPerson(
        String name,
        String nameKana,
        LocalDate dateOfBirth,
        String sex,
        String relationship,
        LocalDate becameResidentOn,
        LocalDate addressSetOn,
        LocalDate addressNotifiedOn,
        String previousAddress) {

    public JuminhyoPerson {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameKana, "nameKana");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(becameResidentOn, "becameResidentOn");
    }
}

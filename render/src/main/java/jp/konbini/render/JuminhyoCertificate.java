package jp.konbini.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 住民票の写し (copy of the resident record) of one household, as it will be printed.
 *
 * <p>Immutable (the person list is copied), so one instance can never change while it is drawn.
 *
 * @param cityName          市区町村名, e.g. "秋田市"
 * @param cityCode          地方公共団体コード (6 digits), e.g. "052019"
 * @param mayorTitleAndName 市長の職氏名 under the certification, e.g. "秋田市長　秋田　一郎"
 * @param certificateSerial 証明書番号 from the issuance ledger
 * @param issueDate         交付年月日
 * @param address           住所 of the household
 * @param householdHeadName 世帯主 (head of household)
 * @param persons           the persons printed, head first; at least one
 */
public record JuminhyoCertificate(
        String cityName,
        String cityCode,
        String mayorTitleAndName,
        String certificateSerial,
        LocalDate issueDate,
        String address,
        String householdHeadName,
        List<JuminhyoPerson> persons) {

    public JuminhyoCertificate {
        Objects.requireNonNull(cityName, "cityName");
        Objects.requireNonNull(cityCode, "cityCode");
        Objects.requireNonNull(mayorTitleAndName, "mayorTitleAndName");
        Objects.requireNonNull(certificateSerial, "certificateSerial");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(householdHeadName, "householdHeadName");
        persons = List.copyOf(persons);
        if (persons.isEmpty()) {
            throw new IllegalArgumentException("a 住民票の写し shows at least one person");
        }
    }
}

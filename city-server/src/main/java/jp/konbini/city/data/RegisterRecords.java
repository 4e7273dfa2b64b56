package jp.konbini.city.data;

import java.time.LocalDate;
import java.util.List;

/** The records the 印鑑, 課税 and 戸籍 certificates print, as {@link CertificateRecords} reads them. */
public final class RegisterRecords {
    private RegisterRecords() {
    }

    /** 印鑑登録 in force: 登録番号, 登録年月日 and the 印影 (PNG). */
    public record Seal(String number, LocalDate registeredOn, byte[] png) {
    }

    /** One 年度's 個人住民税 assessment; amounts in yen. */
    public record TaxAssessment(int fiscalYear, long salaryIncome, long salaryAfterDeduction, long pensionIncome,
                                long pensionAfterDeduction, long otherIncome, long totalIncome, long deductions,
                                long taxableIncome, long cityTax, long prefectureTax, int dependants) {
    }

    /** 外国人住民's own items (第30条の45). */
    public record ForeignItems(String nationality, String category, String residenceStatus, String periodOfStay,
                               LocalDate stayExpiresOn, String cardNumber, String alias, LocalDate becameOn) {
    }

    /** 戸籍: 本籍, 筆頭者, 戸籍事項 and its members in register order. */
    public record FamilyRegister(long id, String honseki, String headName, LocalDate madeOn, String madeReason,
                                 List<Member> members) {
    }

    /** 戸籍に記録されている者, with its 身分事項. {@code leftOn} set: 除籍. */
    public record Member(int seq, Long residentId, String familyName, String givenName, LocalDate dateOfBirth,
                         String sex, String father, String mother, String relationship, String adoptiveParent,
                         boolean spouse, LocalDate enteredOn, String enteredReason, String previousHonseki,
                         String previousHead, LocalDate leftOn, String leftReason, List<Event> events) {
    }

    /** 身分事項: 出生, 婚姻, 養子縁組, 転籍 ... */
    public record Event(String kind, LocalDate date, String details) {
    }
}

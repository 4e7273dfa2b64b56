package jp.konbini.city;

import static jp.konbini.city.PrintedItems.date;
import static jp.konbini.city.PrintedItems.item;
import static jp.konbini.city.PrintedItems.yen;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.konbini.city.data.RegisterRecords.TaxAssessment;
import jp.konbini.city.data.ResidentRecord;
import jp.konbini.render.PrintedCertificate;
import jp.konbini.render.PrintedCertificate.Section;
import jp.konbini.render.Wareki;

/**
 * 所得・課税証明書 of one 年度: 賦課期日 (1 January) 氏名 and 住所, 生年月日, 合計所得金額 and its breakdown,
 * 所得控除額, 課税標準額, 市県民税額 and its breakdown.
 */
final class TaxCertificateAssembler {
    static final String CERTIFICATION = "上記のとおり相違ないことを証明する。";

    private TaxCertificateAssembler() {
    }

    static PrintedCertificate assemble(ResidentRecord person, String currentAddress, TaxAssessment t, Issuer issuer,
                                       String serial, LocalDate today) {
        LocalDate assessmentDay = LocalDate.of(t.fiscalYear(), 1, 1);
        // 賦課期日の住所: where they lived on 1 January, i.e. before a later move within the city
        String addressThen = person.addressSetOn() != null && person.addressSetOn().isAfter(assessmentDay)
                && person.previousAddress() != null ? person.previousAddress() : currentAddress;
        String year = Wareki.format(assessmentDay).replaceFirst("年.*", "年度");
        Section who = new Section(year + "（" + Wareki.format(LocalDate.of(t.fiscalYear() - 1, 1, 1))
                .replaceFirst("年.*", "年") + "中の所得）", List.of(
                item("賦課期日氏名", person.fullName()),
                item("賦課期日住所", addressThen),
                date("生年月日", person.dateOfBirth())));
        Section income = new Section("所得の内訳", List.of(
                yen("給与収入", t.salaryIncome()),
                yen("給与所得", t.salaryAfterDeduction()),
                yen("公的年金等収入", t.pensionIncome()),
                yen("公的年金等所得", t.pensionAfterDeduction()),
                yen("その他の所得", t.otherIncome()),
                yen("合計所得金額", t.totalIncome())));
        Section deductions = new Section("所得控除", List.of(
                yen("所得控除額合計", t.deductions()),
                item("扶養人数", t.dependants() + "人"),
                yen("課税標準額", t.taxableIncome())));
        Section taxes = new Section("税額", List.of(
                yen("市民税額", t.cityTax()),
                yen("県民税額", t.prefectureTax()),
                yen("市県民税額合計", t.cityTax() + t.prefectureTax())));
        return new PrintedCertificate("所得・課税証明書", List.of(who, income, deductions, taxes), Optional.empty(),
                CERTIFICATION, issuer.cityName(), issuer.cityCode(), issuer.mayor(), serial, today);
    }
}

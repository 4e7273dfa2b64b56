package jp.konbini.city;

import static jp.konbini.city.PrintedItems.date;
import static jp.konbini.city.PrintedItems.item;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.konbini.city.data.Household;
import jp.konbini.city.data.ResidentRecord;
import jp.konbini.render.PrintedCertificate;
import jp.konbini.render.PrintedCertificate.Section;

/**
 * 住民票記載事項証明書: for the card holder only, the six items of the seed's table — 住所, 世帯主名, 氏名,
 * 性別, 生年月日, 世帯主との続柄. Nothing else of the record is printed.
 */
final class KisaiJikoAssembler {
    static final String CERTIFICATION = "上記の事項は、住民票に記載されている事項と相違ないことを証明する。";

    private KisaiJikoAssembler() {
    }

    static PrintedCertificate assemble(ResidentRecord person, Household household, Issuer issuer, String serial,
                                       LocalDate today) {
        Section body = new Section("", List.of(
                item("住所", household.address()),
                item("世帯主", household.head().fullName()),
                item("氏名", person.fullName()),
                item("性別", person.sex()),
                date("生年月日", person.dateOfBirth()),
                item("世帯主との続柄", person.relationshipToHead())));
        return new PrintedCertificate("住民票記載事項証明書", List.of(body), Optional.empty(), CERTIFICATION,
                issuer.cityName(), issuer.cityCode(), issuer.mayor(), serial, today);
    }
}

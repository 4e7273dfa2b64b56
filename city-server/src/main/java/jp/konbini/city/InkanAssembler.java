package jp.konbini.city;

import static jp.konbini.city.PrintedItems.date;
import static jp.konbini.city.PrintedItems.item;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.konbini.city.data.RegisterRecords.Seal;
import jp.konbini.city.data.ResidentRecord;
import jp.konbini.render.PrintedCertificate;
import jp.konbini.render.PrintedCertificate.Section;

/** 印鑑登録証明書: the 印影 and 氏名, 生年月日, 性別, 住所 of the registered person (the card holder only). */
final class InkanAssembler {
    static final String CERTIFICATION = "この写しは、登録されている印影と相違ないことを証明する。";

    private InkanAssembler() {
    }

    static PrintedCertificate assemble(ResidentRecord person, String address, Seal seal, Issuer issuer, String serial,
                                       LocalDate today) {
        Section body = new Section("", List.of(
                item("氏名", person.fullName()),
                date("生年月日", person.dateOfBirth()),
                item("性別", person.sex()),
                item("住所", address)));
        return new PrintedCertificate("印鑑登録証明書", List.of(body), Optional.of(seal.png()), CERTIFICATION,
                issuer.cityName(), issuer.cityCode(), issuer.mayor(), serial, today);
    }
}

package jp.konbini.city;

import static jp.konbini.city.PrintedItems.date;
import static jp.konbini.city.PrintedItems.item;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.konbini.city.data.RegisterRecords.Event;
import jp.konbini.city.data.RegisterRecords.FamilyRegister;
import jp.konbini.city.data.RegisterRecords.Member;
import jp.konbini.render.PrintedCertificate;
import jp.konbini.render.PrintedCertificate.Item;
import jp.konbini.render.PrintedCertificate.Section;
import jp.konbini.render.Wareki;

/**
 * 戸籍全部事項証明書 (every person in the register, 除籍 ones marked as such) and 戸籍個人事項証明書 (the card
 * holder's entry only): 本籍 and 筆頭者, 戸籍事項, and per person 氏名, 生年月日, 父母 and 続柄, 養親, 配偶者区分,
 * 入籍 cause and date, 従前戸籍, and the 身分事項.
 */
final class KosekiAssembler {
    static final String CERTIFICATION_ZENBU = "これは、戸籍に記録されている事項の全部を証明した書面である。";
    static final String CERTIFICATION_KOJIN = "これは、戸籍中の一部の者について記録されている事項の全部を証明した書面である。";

    private KosekiAssembler() {
    }

    static PrintedCertificate zenbu(FamilyRegister register, Issuer issuer, String serial, LocalDate today) {
        List<Section> sections = new ArrayList<>();
        sections.add(header(register));
        register.members().forEach(m -> sections.add(person(m)));
        return new PrintedCertificate("戸籍全部事項証明書", sections, Optional.empty(), CERTIFICATION_ZENBU,
                issuer.cityName(), issuer.cityCode(), issuer.mayor(), serial, today);
    }

    static PrintedCertificate kojin(FamilyRegister register, int seq, Issuer issuer, String serial, LocalDate today) {
        Member member = register.members().stream().filter(m -> m.seq() == seq).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no member " + seq + " in register " + register.id()));
        return new PrintedCertificate("戸籍個人事項証明書", List.of(header(register), person(member)), Optional.empty(),
                CERTIFICATION_KOJIN, issuer.cityName(), issuer.cityCode(), issuer.mayor(), serial, today);
    }

    private static Section header(FamilyRegister register) {
        return new Section("戸籍事項", List.of(
                item("本籍", register.honseki()),
                item("氏名", register.headName()),
                item("戸籍編製", "【編製日】" + Wareki.format(register.madeOn()) + "（" + register.madeReason() + "）")));
    }

    private static Section person(Member m) {
        List<Item> items = new ArrayList<>();
        items.add(item("名", m.givenName()));
        items.add(date("生年月日", m.dateOfBirth()));
        items.add(item("父", m.father()));
        items.add(item("母", m.mother()));
        items.add(item("続柄", m.relationship()));
        if (m.adoptiveParent() != null) {
            items.add(item("養親", m.adoptiveParent()));
            items.add(item("養親との続柄", "養子"));
        }
        if (m.spouse()) {
            items.add(item("配偶者区分", "夫または妻"));
        }
        items.add(item("入籍", "【" + m.enteredReason() + "】" + Wareki.format(m.enteredOn())));
        if (m.previousHonseki() != null) {
            items.add(item("従前戸籍", m.previousHonseki() + "　" + (m.previousHead() == null ? "" : m.previousHead())));
        }
        for (Event e : m.events()) {
            items.add(item(e.kind(), "【" + e.kind() + "日】" + Wareki.format(e.date()) + "　" + e.details()));
        }
        String heading = "戸籍に記録されている者　" + m.familyName() + " " + m.givenName();
        if (m.leftOn() != null) {
            heading = heading + "　除籍";
            items.add(item("除籍", "【" + m.leftReason() + "】" + Wareki.format(m.leftOn())));
        }
        return new Section(heading, items);
    }
}

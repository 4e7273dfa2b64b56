package jp.konbini.city;

import static jp.konbini.city.PrintedItems.date;
import static jp.konbini.city.PrintedItems.item;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.konbini.city.data.Household;
import jp.konbini.city.data.RegisterRecords.ForeignItems;
import jp.konbini.city.data.ResidentRecord;
import jp.konbini.protocol.CertificateType;
import jp.konbini.render.PrintedCertificate;
import jp.konbini.render.PrintedCertificate.Item;
import jp.konbini.render.PrintedCertificate.Section;

/**
 * 住民票の写し with the kiosk's options and foreign residents' items, as a structured record: the whole
 * household or the card holder only; 本籍・筆頭者 only when asked; 世帯主・続柄 unless asked to omit them;
 * for 外国人住民 国籍・地域, 第30条45規定区分, 在留資格, 在留期間 and its 満了日, 在留カード等の番号 and 通称;
 * the 個人番号 only of the persons in {@code kojinBango}, which the caller fills only where
 * {@link jp.konbini.city.rules.KojinBangoRule} says so. Never: 住民票コード, 除票, change history.
 */
final class JuminhyoItems {
    static final String CERTIFICATION_HOUSEHOLD = "この写しは、世帯全員の住民票の原本と相違ないことを証明する。";
    static final String CERTIFICATION_PART = "この写しは、世帯の一部の住民票の原本と相違ないことを証明する。";

    private JuminhyoItems() {
    }

    /**
     * @param holder   the card holder (the only person when {@link CertificateType#OPTION_SELF_ONLY})
     * @param foreign  foreign residents' items by resident id
     * @param honseki  本籍 and 筆頭者 by resident id (Japanese residents whose register is known)
     */
    static PrintedCertificate assemble(Household household, ResidentRecord holder, int options,
                                       Map<Long, ForeignItems> foreign, Map<Long, String[]> honseki, Issuer issuer,
                                       String serial, LocalDate today) {
        return assemble(household, holder, options, foreign, honseki, Map.of(), issuer, serial, today);
    }

    /** @param kojinBango 個人番号 by resident id, for the persons whose number this 住民票 shows (usually none) */
    static PrintedCertificate assemble(Household household, ResidentRecord holder, int options,
                                       Map<Long, ForeignItems> foreign, Map<Long, String[]> honseki,
                                       Map<Long, String> kojinBango, Issuer issuer, String serial, LocalDate today) {
        boolean selfOnly = (options & CertificateType.OPTION_SELF_ONLY) != 0;
        boolean withHonseki = (options & CertificateType.OPTION_WITH_HONSEKI) != 0;
        boolean withHead = (options & CertificateType.OPTION_WITHOUT_HEAD) == 0;
        List<Section> sections = new ArrayList<>();
        List<Item> top = new ArrayList<>();
        top.add(item("住所", household.address()));
        if (withHead) {
            top.add(item("世帯主", household.head().fullName()));
        }
        sections.add(new Section("", top));
        List<ResidentRecord> persons = selfOnly ? List.of(holder) : household.members();
        for (ResidentRecord p : persons) {
            List<Item> items = new ArrayList<>();
            items.add(item("氏名", p.fullName()));
            items.add(item("フリガナ", p.familyNameKana() + "\u3000" + p.givenNameKana()));
            items.add(date("生年月日", p.dateOfBirth()));
            items.add(item("性別", p.sex()));
            if (withHead) {
                items.add(item("続柄", p.relationshipToHead()));
            }
            if (kojinBango.containsKey(p.id())) {
                items.add(item("個人番号", kojinBango.get(p.id())));
            }
            Optional<ForeignItems> f = Optional.ofNullable(foreign.get(p.id()));
            if (f.isPresent()) {
                ForeignItems x = f.get();
                if (x.alias() != null) {
                    items.add(item("通称", x.alias()));
                }
                items.add(item("国籍・地域", x.nationality()));
                items.add(item("第30条45規定区分", x.category()));
                if (x.residenceStatus() != null) {
                    items.add(item("在留資格", x.residenceStatus()));
                }
                if (x.periodOfStay() != null) {
                    items.add(item("在留期間", x.periodOfStay()));
                    items.add(date("在留期間の満了の日", x.stayExpiresOn()));
                }
                items.add(item("在留カード等の番号", x.cardNumber()));
                items.add(date("外国人住民となった年月日", x.becameOn()));
            } else {
                items.add(date("住民となった年月日", p.becameResidentOn()));
                if (withHonseki && honseki.containsKey(p.id())) {
                    items.add(item("本籍", honseki.get(p.id())[0]));
                    items.add(item("筆頭者", honseki.get(p.id())[1]));
                }
            }
            if (p.addressSetOn() != null) {
                items.add(date("住所を定めた年月日", p.addressSetOn()));
                items.add(date("届出日", p.addressNotifiedOn()));
            }
            if (p.previousAddress() != null) {
                items.add(item("前住所", p.previousAddress()));
            }
            sections.add(new Section("", items));
        }
        boolean whole = !selfOnly || household.members().size() == 1;
        return new PrintedCertificate("住民票の写し", sections, Optional.empty(),
                whole ? CERTIFICATION_HOUSEHOLD : CERTIFICATION_PART, issuer.cityName(), issuer.cityCode(),
                issuer.mayor(), serial, today);
    }
}

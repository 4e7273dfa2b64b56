package jp.konbini.city;

import java.time.LocalDate;
import java.util.List;
import jp.konbini.city.data.Household;
import jp.konbini.city.data.ResidentRecord;
import jp.konbini.render.JuminhyoCertificate;
import jp.konbini.render.JuminhyoPerson;

/**
 * Which items of the resident record go on the 住民票の写し. Never: 住民票コード, 個人番号, 除票,
 * change history (none of them is even read here).
 */
final class JuminhyoAssembler {
    private JuminhyoAssembler() {
    }

    static JuminhyoCertificate assemble(Household household, String cityName, String cityCode, String mayor,
                                        String serial, LocalDate issueDate) {
        List<JuminhyoPerson> persons = household.members().stream().map(JuminhyoAssembler::person).toList();
        return new JuminhyoCertificate(cityName, cityCode, mayor, serial, issueDate, household.address(),
                household.head().fullName(), persons);
    }

    private static JuminhyoPerson person(ResidentRecord r) {
        return new JuminhyoPerson(r.fullName(), r.familyNameKana() + "\u3000" + r.givenNameKana(), r.dateOfBirth(),
                r.sex(), r.relationshipToHead(), r.becameResidentOn(), r.addressSetOn(), r.addressNotifiedOn(),
                r.previousAddress());
    }
}

package jp.konbini.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Made-up households for the tests; no real person's data. */
final class SyntheticHousehold {

    static final String ADDRESS = "秋田市山王一丁目1番1号";

    private SyntheticHousehold() {
    }

    static JuminhyoCertificate ofSize(int persons) {
        return ofSize(persons, "試験", "シケン", "R08-052019-000001");
    }

    /** A head, a spouse and then children, all with the given family name. */
    static JuminhyoCertificate ofSize(int persons, String familyName, String familyKana, String serial) {
        List<JuminhyoPerson> members = new ArrayList<>();
        members.add(new JuminhyoPerson(familyName + " 太郎", familyKana + " タロウ", LocalDate.of(1975, 4, 1), "男",
                "世帯主", LocalDate.of(2010, 6, 15), LocalDate.of(2010, 6, 15), LocalDate.of(2010, 6, 20),
                "秋田県横手市中央町8番2号"));
        if (persons > 1) {
            members.add(new JuminhyoPerson(familyName + " 花子", familyKana + " ハナコ", LocalDate.of(1978, 9, 3), "女",
                    "妻", LocalDate.of(2010, 6, 15), LocalDate.of(2010, 6, 15), LocalDate.of(2010, 6, 20),
                    "秋田県横手市中央町8番2号"));
        }
        for (int i = 2; i < persons; i++) {
            LocalDate born = LocalDate.of(2005, 1, 1).plusDays(300L * i);
            members.add(new JuminhyoPerson(familyName + " 子" + i, familyKana + " コ" + i, born, i % 2 == 0 ? "男" : "女",
                    "子", born, null, null, null));
        }
        return new JuminhyoCertificate("秋田市", "052019", "秋田市長　試験　市長", serial,
                LocalDate.of(2026, 11, 27), ADDRESS, familyName + " 太郎", members);
    }
}

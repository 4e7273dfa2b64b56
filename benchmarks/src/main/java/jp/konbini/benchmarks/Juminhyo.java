package jp.konbini.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.konbini.render.PrintedCertificate;
import jp.konbini.render.PrintedCertificate.Item;
import jp.konbini.render.PrintedCertificate.Section;
import jp.konbini.render.Wareki;

/**
 * 住民票の写し of a synthetic household, with the items the city prints for a Japanese resident
 * ({@code city-server}'s JuminhyoItems, whole household, 世帯主・続柄 shown): 住所 and 世帯主, then per person 氏名,
 * フリガナ, 生年月日, 性別, 続柄, 住民となった年月日, 住所を定めた年月日, 届出日, 前住所 (9 rows).
 * Two persons (20 rows) are one page; seven (65 rows) are three.
 */
final class Juminhyo {
    static final String SERIAL = "052019-20261201-000100";

    private static final String[][] PERSONS = {
            {"佐藤　健一", "サトウ", "ケンイチ", "男", "世帯主"},
            {"佐藤　花子", "サトウ", "ハナコ", "女", "妻"},
            {"佐藤　翔太", "サトウ", "ショウタ", "男", "子"},
            {"佐藤　美咲", "サトウ", "ミサキ", "女", "子"},
            {"佐藤　大輔", "サトウ", "ダイスケ", "男", "子"},
            {"佐藤　トメ", "サトウ", "トメ", "女", "母"},
            {"佐藤　茂", "サトウ", "シゲル", "男", "父"},
    };

    private Juminhyo() {
    }

    /** The 住民票の写し of the first {@code persons} (1 to 7) of the household. */
    static PrintedCertificate of(int persons) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("", List.of(new Item("住所", "秋田県秋田市山王四丁目一番一号　山王ハイツ三〇二号室"),
                new Item("世帯主", PERSONS[0][0]))));
        for (int i = 0; i < persons; i++) {
            String[] p = PERSONS[i];
            sections.add(new Section("", List.of(
                    new Item("氏名", p[0]),
                    new Item("フリガナ", p[1] + "\u3000" + p[2]),
                    new Item("生年月日", Wareki.format(LocalDate.of(1950 + 9 * i, 1 + i, 3 + 2 * i))),
                    new Item("性別", p[3]),
                    new Item("続柄", p[4]),
                    new Item("住民となった年月日", Wareki.format(LocalDate.of(2001 + i, 4, 1))),
                    new Item("住所を定めた年月日", Wareki.format(LocalDate.of(2019, 3, 20))),
                    new Item("届出日", Wareki.format(LocalDate.of(2019, 3, 25))),
                    new Item("前住所", "秋田県横手市中央町八番二号"))));
        }
        return new PrintedCertificate("住民票の写し", sections, Optional.empty(),
                "この写しは、世帯全員の住民票の原本と相違ないことを証明する。", "秋田市", "052019", "秋田市長　試験　市長",
                SERIAL, LocalDate.of(2026, 12, 1));
    }
}

package jp.konbini.city.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The computed calendar against Japan's published holidays (内閣府「国民の祝日について」), written out. */
class JapaneseHolidaysTest {
    private static final String PUBLISHED = """
            2020-01-01 元日
            2020-01-13 成人の日
            2020-02-11 建国記念の日
            2020-02-23 天皇誕生日
            2020-02-24 振替休日
            2020-03-20 春分の日
            2020-04-29 昭和の日
            2020-05-03 憲法記念日
            2020-05-04 みどりの日
            2020-05-05 こどもの日
            2020-05-06 振替休日
            2020-07-23 海の日
            2020-07-24 スポーツの日
            2020-08-10 山の日
            2020-09-21 敬老の日
            2020-09-22 秋分の日
            2020-11-03 文化の日
            2020-11-23 勤労感謝の日
            2021-01-01 元日
            2021-01-11 成人の日
            2021-02-11 建国記念の日
            2021-02-23 天皇誕生日
            2021-03-20 春分の日
            2021-04-29 昭和の日
            2021-05-03 憲法記念日
            2021-05-04 みどりの日
            2021-05-05 こどもの日
            2021-07-22 海の日
            2021-07-23 スポーツの日
            2021-08-08 山の日
            2021-08-09 振替休日
            2021-09-20 敬老の日
            2021-09-23 秋分の日
            2021-11-03 文化の日
            2021-11-23 勤労感謝の日
            2022-01-01 元日
            2022-01-10 成人の日
            2022-02-11 建国記念の日
            2022-02-23 天皇誕生日
            2022-03-21 春分の日
            2022-04-29 昭和の日
            2022-05-03 憲法記念日
            2022-05-04 みどりの日
            2022-05-05 こどもの日
            2022-07-18 海の日
            2022-08-11 山の日
            2022-09-19 敬老の日
            2022-09-23 秋分の日
            2022-10-10 スポーツの日
            2022-11-03 文化の日
            2022-11-23 勤労感謝の日
            2023-01-01 元日
            2023-01-02 振替休日
            2023-01-09 成人の日
            2023-02-11 建国記念の日
            2023-02-23 天皇誕生日
            2023-03-21 春分の日
            2023-04-29 昭和の日
            2023-05-03 憲法記念日
            2023-05-04 みどりの日
            2023-05-05 こどもの日
            2023-07-17 海の日
            2023-08-11 山の日
            2023-09-18 敬老の日
            2023-09-23 秋分の日
            2023-10-09 スポーツの日
            2023-11-03 文化の日
            2023-11-23 勤労感謝の日
            2024-01-01 元日
            2024-01-08 成人の日
            2024-02-11 建国記念の日
            2024-02-12 振替休日
            2024-02-23 天皇誕生日
            2024-03-20 春分の日
            2024-04-29 昭和の日
            2024-05-03 憲法記念日
            2024-05-04 みどりの日
            2024-05-05 こどもの日
            2024-05-06 振替休日
            2024-07-15 海の日
            2024-08-11 山の日
            2024-08-12 振替休日
            2024-09-16 敬老の日
            2024-09-22 秋分の日
            2024-09-23 振替休日
            2024-10-14 スポーツの日
            2024-11-03 文化の日
            2024-11-04 振替休日
            2024-11-23 勤労感謝の日
            2025-01-01 元日
            2025-01-13 成人の日
            2025-02-11 建国記念の日
            2025-02-23 天皇誕生日
            2025-02-24 振替休日
            2025-03-20 春分の日
            2025-04-29 昭和の日
            2025-05-03 憲法記念日
            2025-05-04 みどりの日
            2025-05-05 こどもの日
            2025-05-06 振替休日
            2025-07-21 海の日
            2025-08-11 山の日
            2025-09-15 敬老の日
            2025-09-23 秋分の日
            2025-10-13 スポーツの日
            2025-11-03 文化の日
            2025-11-23 勤労感謝の日
            2025-11-24 振替休日
            2026-01-01 元日
            2026-01-12 成人の日
            2026-02-11 建国記念の日
            2026-02-23 天皇誕生日
            2026-03-20 春分の日
            2026-04-29 昭和の日
            2026-05-03 憲法記念日
            2026-05-04 みどりの日
            2026-05-05 こどもの日
            2026-05-06 振替休日
            2026-07-20 海の日
            2026-08-11 山の日
            2026-09-21 敬老の日
            2026-09-22 国民の休日
            2026-09-23 秋分の日
            2026-10-12 スポーツの日
            2026-11-03 文化の日
            2026-11-23 勤労感謝の日
            2027-01-01 元日
            2027-01-11 成人の日
            2027-02-11 建国記念の日
            2027-02-23 天皇誕生日
            2027-03-21 春分の日
            2027-03-22 振替休日
            2027-04-29 昭和の日
            2027-05-03 憲法記念日
            2027-05-04 みどりの日
            2027-05-05 こどもの日
            2027-07-19 海の日
            2027-08-11 山の日
            2027-09-20 敬老の日
            2027-09-23 秋分の日
            2027-10-11 スポーツの日
            2027-11-03 文化の日
            2027-11-23 勤労感謝の日
            2028-01-01 元日
            2028-01-10 成人の日
            2028-02-11 建国記念の日
            2028-02-23 天皇誕生日
            2028-03-20 春分の日
            2028-04-29 昭和の日
            2028-05-03 憲法記念日
            2028-05-04 みどりの日
            2028-05-05 こどもの日
            2028-07-17 海の日
            2028-08-11 山の日
            2028-09-18 敬老の日
            2028-09-22 秋分の日
            2028-10-09 スポーツの日
            2028-11-03 文化の日
            2028-11-23 勤労感謝の日
            2029-01-01 元日
            2029-01-08 成人の日
            2029-02-11 建国記念の日
            2029-02-12 振替休日
            2029-02-23 天皇誕生日
            2029-03-20 春分の日
            2029-04-29 昭和の日
            2029-04-30 振替休日
            2029-05-03 憲法記念日
            2029-05-04 みどりの日
            2029-05-05 こどもの日
            2029-07-16 海の日
            2029-08-11 山の日
            2029-09-17 敬老の日
            2029-09-23 秋分の日
            2029-09-24 振替休日
            2029-10-08 スポーツの日
            2029-11-03 文化の日
            2029-11-23 勤労感謝の日
            2030-01-01 元日
            2030-01-14 成人の日
            2030-02-11 建国記念の日
            2030-02-23 天皇誕生日
            2030-03-20 春分の日
            2030-04-29 昭和の日
            2030-05-03 憲法記念日
            2030-05-04 みどりの日
            2030-05-05 こどもの日
            2030-05-06 振替休日
            2030-07-15 海の日
            2030-08-11 山の日
            2030-08-12 振替休日
            2030-09-16 敬老の日
            2030-09-23 秋分の日
            2030-10-14 スポーツの日
            2030-11-03 文化の日
            2030-11-04 振替休日
            2030-11-23 勤労感謝の日
            """;

    @Test
    void matchesThePublishedHolidaysOf2020To2030() {
        Map<LocalDate, String> published = new LinkedHashMap<>();
        PUBLISHED.lines().forEach(line -> {
            String[] parts = line.split(" ");
            published.put(LocalDate.parse(parts[0]), parts[1]);
        });
        Map<LocalDate, String> computed = new LinkedHashMap<>();
        IntStream.rangeClosed(2020, 2030).forEach(y -> computed.putAll(JapaneseHolidays.of(y)));

        assertThat(computed).containsExactlyEntriesOf(published);
    }

    @Test
    void theEnthronementYear2019HasItsOneOffDaysAndTheCitizensHolidaysAroundThem() {
        assertThat(JapaneseHolidays.nameOf(LocalDate.of(2019, 4, 30))).contains(JapaneseHolidays.CITIZENS);
        assertThat(JapaneseHolidays.nameOf(LocalDate.of(2019, 5, 1))).contains("天皇の即位の日");
        assertThat(JapaneseHolidays.nameOf(LocalDate.of(2019, 5, 2))).contains(JapaneseHolidays.CITIZENS);
        assertThat(JapaneseHolidays.nameOf(LocalDate.of(2019, 10, 22))).contains("即位礼正殿の儀の行われる日");
        assertThat(JapaneseHolidays.nameOf(LocalDate.of(2019, 12, 23))).isEmpty();
        assertThat(JapaneseHolidays.nameOf(LocalDate.of(2019, 2, 23))).isEmpty();
        assertThat(JapaneseHolidays.nameOf(LocalDate.of(2018, 12, 23))).contains("天皇誕生日");
    }

    @Test
    void theCitizensHolidayOfSeptember2015IsFound() {
        // 2015: 敬老の日 9/21 (Mon), 秋分の日 9/23 (Wed) — the Tuesday between is a 国民の休日
        assertThat(JapaneseHolidays.nameOf(LocalDate.of(2015, 9, 22))).contains(JapaneseHolidays.CITIZENS);
    }

    @Test
    void theEquinoxFormulaGivesTheKnownDays() {
        assertThat(JapaneseHolidays.vernalEquinoxDay(2023)).isEqualTo(21);
        assertThat(JapaneseHolidays.autumnalEquinoxDay(2012)).isEqualTo(22);
        assertThat(JapaneseHolidays.autumnalEquinoxDay(2044)).isEqualTo(22);
    }

    @Test
    void yearsOutsideTheLawsPresentFormAreRefusedPlainly() {
        assertThatThrownBy(() -> JapaneseHolidays.of(2006)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2007");
        assertThatThrownBy(() -> JapaneseHolidays.of(2100)).isInstanceOf(IllegalArgumentException.class);
    }
}

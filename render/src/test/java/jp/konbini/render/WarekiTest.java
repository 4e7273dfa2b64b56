package jp.konbini.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WarekiTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2026-11-27, 令和8年11月27日",
            "2019-05-01, 令和元年5月1日",
            "2019-04-30, 平成31年4月30日",
            "1989-01-08, 平成元年1月8日",
            "1989-01-07, 昭和64年1月7日",
            "1926-12-25, 昭和元年12月25日",
            "1926-12-24, 大正15年12月24日",
            "1912-07-30, 大正元年7月30日",
            "1912-07-29, 明治45年7月29日",
            "1868-10-23, 明治元年10月23日",
    })
    void writesTheDateInItsEra(LocalDate date, String expected) {
        assertThat(Wareki.format(date)).isEqualTo(expected);
    }

    @Test
    void refusesDatesBeforeMeiji() {
        assertThatThrownBy(() -> Wareki.format(LocalDate.of(1868, 10, 22)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("明治");
    }
}

package jp.konbini.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaginationTest {

    @Test
    void aSmallHouseholdFitsOnOnePageWithTheCertification() {
        assertThat(Pagination.split(3, 7, 5)).containsExactly(3);
    }

    @Test
    void twelvePersonsFillTheFirstPageAndEndOnTheSecond() {
        assertThat(Pagination.split(12, 7, 5)).containsExactly(7, 5);
    }

    @Test
    void theCertificationNeverStandsOnAPageWithoutAPerson() {
        assertThat(Pagination.split(7, 7, 5)).containsExactly(6, 1);
    }
}

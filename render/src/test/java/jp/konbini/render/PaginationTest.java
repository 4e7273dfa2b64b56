package jp.konbini.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaginationTest {
    private static final Pagination.Capacity CAPACITY = new Pagination.Capacity(30, 22, 35, 27);

    @Test
    void whatFitsAboveTheCertificationIsOnePage() {
        assertThat(Pagination.split(22, CAPACITY)).containsExactly(22);
    }

    @Test
    void aFullFirstPageLeavesTheRestToTheCertificationPage() {
        assertThat(Pagination.split(40, CAPACITY)).containsExactly(30, 10);
    }

    @Test
    void theCertificationNeverStandsAloneOnAPage() {
        // 30 lines fill the first page, but the certification must not be alone on page 2
        assertThat(Pagination.split(30, CAPACITY)).containsExactly(29, 1);
    }

    @Test
    void laterPagesHoldMoreThanTheFirst() {
        assertThat(Pagination.split(92, CAPACITY)).containsExactly(30, 35, 27);
        assertThat(Pagination.split(101, CAPACITY)).containsExactly(30, 35, 35, 1);
    }

    @Test
    void aCertificateWithoutBodyIsOnePage() {
        assertThat(Pagination.split(0, CAPACITY)).containsExactly(0);
    }
}

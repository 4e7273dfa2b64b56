package jp.konbini.render;

import java.util.ArrayList;
import java.util.List;

/**
 * How many person blocks go on each page. The last page also carries the certification (認証文),
 * so it holds fewer; it always holds at least one person, so the certification never stands alone
 * on a page where it could be separated from the record it certifies.
 */
final class Pagination {

    private Pagination() {
    }

    /**
     * @param items       person blocks to place, at least one
     * @param perPage     blocks that fit on a page without the certification
     * @param perLastPage blocks that fit above the certification, at least one
     * @return blocks per page, in page order
     */
    static List<Integer> split(int items, int perPage, int perLastPage) {
        if (items < 1 || perLastPage < 1 || perPage < perLastPage) {
            throw new IllegalArgumentException(
                    "items=" + items + " perPage=" + perPage + " perLastPage=" + perLastPage);
        }
        List<Integer> pages = new ArrayList<>();
        int remaining = items;
        while (remaining > perLastPage) {
            int onThisPage = Math.min(perPage, remaining - 1);
            pages.add(onThisPage);
            remaining -= onThisPage;
        }
        pages.add(remaining);
        return List.copyOf(pages);
    }
}

package jp.konbini.render;

import java.util.ArrayList;
import java.util.List;

/**
 * How many body lines go on each page. The last page also carries the certification (認証文), so it holds
 * fewer; it always holds at least one line of the body, so the certification never stands alone on a page
 * where it could be separated from the record it certifies.
 */
final class Pagination {

    /**
     * Lines that fit on a page: the first (which may hold the 印影 image) and the others, each with and
     * without the certification below them.
     */
    record Capacity(int first, int firstAboveCertification, int other, int otherAboveCertification) {
        Capacity {
            if (firstAboveCertification < 1 || otherAboveCertification < 1 || first < firstAboveCertification
                    || other < otherAboveCertification) {
                throw new IllegalArgumentException(toString());
            }
        }
    }

    private Pagination() {
    }

    /**
     * @param lines body lines to place (0 gives one page with the certification only: there is no body)
     * @return lines per page, in page order
     */
    static List<Integer> split(int lines, Capacity capacity) {
        if (lines < 0) {
            throw new IllegalArgumentException("lines=" + lines);
        }
        List<Integer> pages = new ArrayList<>();
        int remaining = lines;
        while (true) {
            boolean first = pages.isEmpty();
            int aboveCertification = first ? capacity.firstAboveCertification() : capacity.otherAboveCertification();
            if (remaining <= aboveCertification) {
                pages.add(remaining);
                return List.copyOf(pages);
            }
            int onThisPage = Math.min(first ? capacity.first() : capacity.other(), remaining - 1);
            pages.add(onThisPage);
            remaining -= onThisPage;
        }
    }
}

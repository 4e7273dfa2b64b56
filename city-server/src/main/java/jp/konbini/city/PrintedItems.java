package jp.konbini.city;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import jp.konbini.render.PrintedCertificate.Item;
import jp.konbini.render.Wareki;

/** How values are written on a certificate: 和暦 dates, yen with separators. */
final class PrintedItems {
    private PrintedItems() {
    }

    static Item item(String label, String value) {
        return new Item(label, value == null ? "" : value);
    }

    static Item date(String label, LocalDate date) {
        return new Item(label, date == null ? "" : Wareki.format(date));
    }

    static Item yen(String label, long yen) {
        return new Item(label, NumberFormat.getIntegerInstance(Locale.JAPAN).format(yen) + "円");
    }
}

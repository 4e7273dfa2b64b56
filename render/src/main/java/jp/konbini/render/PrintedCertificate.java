package jp.konbini.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a certificate prints, item by item: the structured record of the page. The layout draws
 * exactly these items and nothing else, so a test (or an auditor) can check the content of a page
 * image against this record without reading pixels.
 *
 * @param title          証明書の名称, e.g. 印鑑登録証明書
 * @param sections       the body: headed groups of label–value items, in print order
 * @param image          an image printed in the body (the 印影 of a 印鑑登録証明書), PNG
 * @param certification  認証文, e.g. 「この写しは、登録されている印影と相違ないことを証明する。」
 * @param cityName       市区町村名
 * @param cityCode       地方公共団体コード
 * @param mayor          the mayor's title and name (市長名)
 * @param serial         証明書番号
 * @param issueDate      交付日
 */
public record PrintedCertificate(
        String title,
        List<Section> sections,
        Optional<byte[]> image,
        String certification,
        String cityName,
        String cityCode,
        String mayor,
        String serial,
        LocalDate issueDate) {

    public PrintedCertificate {
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(certification, "certification");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(issueDate, "issueDate");
    }

    /** One label and its printed value (already in 和暦 where it is a date). */
    public record Item(String label, String value) {
        public Item {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A headed group: a person, a 戸籍事項, a tax year. */
    public record Section(String heading, List<Item> items) {
        public Section {
            Objects.requireNonNull(heading, "heading");
            items = List.copyOf(items);
        }
    }

    /** Every item of the body, in print order. */
    public Stream<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream());
    }

    /** The printed value of the first item with this label. */
    public Optional<String> value(String label) {
        return items().filter(i -> i.label().equals(label)).map(Item::value).findFirst();
    }

    /** Every text on the page: title, headings, labels, values, certification, serial. */
    public Stream<String> texts() {
        return Stream.concat(Stream.of(title, certification, cityName, mayor, serial, Wareki.format(issueDate)),
                sections.stream().flatMap(s -> Stream.concat(Stream.of(s.heading()),
                        s.items().stream().flatMap(i -> Stream.of(i.label(), i.value())))));
    }
}

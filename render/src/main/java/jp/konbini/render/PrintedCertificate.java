package jp.konbini.render;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
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

    /**
     * The record as the city keeps it beside its ledger row: UTF-8 text, one fact a line, fields split by
     * a tab, in print order, e.g. {@code item\t氏名\t佐藤 花子}. The line kinds are {@code title},
     * {@code serial}, {@code issued} (和暦), {@code pages} (how many page images the certificate was drawn on, when
     * known), {@code city} (name and code), {@code mayor}, {@code certification},
     * {@code image} (SHA-256 of the PNG, when there is one), {@code section} (its heading) and {@code item}
     * (label and value). A tab, line break or backslash inside a value is written {@code \t}, {@code \n},
     * {@code \\}, so every line splits the same way.
     */
    public String asText() {
        return asText(0);
    }

    /** {@link #asText()} with the number of pages the certificate was drawn on (0: not known, no line). */
    public String asText(int pages) {
        StringBuilder out = new StringBuilder(1024);
        line(out, "title", title);
        line(out, "serial", serial);
        line(out, "issued", Wareki.format(issueDate));
        if (pages > 0) {
            line(out, "pages", Integer.toString(pages));
        }
        line(out, "city", cityName, cityCode);
        line(out, "mayor", mayor);
        line(out, "certification", certification);
        image.ifPresent(png -> line(out, "image", "sha256:" + sha256(png)));
        for (Section s : sections) {
            line(out, "section", s.heading());
            for (Item i : s.items()) {
                line(out, "item", i.label(), i.value());
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String kind, String... fields) {
        out.append(kind);
        for (String f : fields) {
            out.append('\t').append(f == null ? "" : f.replace("\\", "\\\\").replace("\t", "\\t")
                    .replace("\r", "\\r").replace("\n", "\\n"));
        }
        out.append('\n');
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

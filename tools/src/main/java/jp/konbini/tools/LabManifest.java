package jp.konbini.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.konbini.node.UsageException;

/**
 * {@code DIR/lab.tsv}: which city knows each card's resident and which kiosks the lab has, so that a
 * later command ({@code tools load}) can drive the lab without guessing from file names. One fact a
 * line: {@code card<TAB>card-0001.card<TAB>052019}, {@code unlinked<TAB>card-0009.card},
 * {@code kiosk<TAB>kiosk-0001}. PINs stay in {@code pki/cards/pins.tsv}.
 */
final class LabManifest {
    static final String FILE = "lab.tsv";

    /** A lab as read back: cards (with PINs) by city code, the unlinked card, the kiosk ids. */
    record Read(Map<String, List<Lab.CardPin>> cards, Lab.CardPin unlinked, List<String> kioskIds) {
    }

    private LabManifest() {
    }

    static void write(Path dir, Map<String, List<Lab.CardPin>> cards, Lab.CardPin unlinked, List<String> kioskIds)
            throws IOException {
        StringBuilder s = new StringBuilder("# the lab's cards by city and its kiosks (tools lab; test data only)\n");
        cards.forEach((code, list) -> list.forEach(c -> s.append("card\t").append(c.card().getFileName())
                .append('\t').append(code).append('\n')));
        s.append("unlinked\t").append(unlinked.card().getFileName()).append('\n');
        kioskIds.forEach(k -> s.append("kiosk\t").append(k).append('\n'));
        Files.writeString(dir.resolve(FILE), s, StandardCharsets.UTF_8);
    }

    static Read read(Path dir) throws IOException, UsageException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new UsageException(dir + " is not a lab made by 'konbini tools lab' (no " + FILE + ")");
        }
        Map<String, String> pins = new LinkedHashMap<>();
        for (String l : Files.readAllLines(dir.resolve("pki/cards/pins.tsv"), StandardCharsets.UTF_8)) {
            String[] f = l.split("\t");
            if (f.length == 2 && f[0].startsWith("card-")) {
                pins.put(f[0], f[1]);
            }
        }
        Map<String, List<Lab.CardPin>> cards = new LinkedHashMap<>();
        Lab.CardPin unlinked = null;
        List<String> kiosks = new ArrayList<>();
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = l.split("\t");
            if (l.startsWith("#") || f.length < 2) {
                continue;
            }
            switch (f[0]) {
                case "card" -> cards.computeIfAbsent(f[2], c -> new ArrayList<>()).add(card(dir, f[1], pins));
                case "unlinked" -> unlinked = card(dir, f[1], pins);
                case "kiosk" -> kiosks.add(f[1]);
                default -> throw new IOException(file + ": unknown line '" + f[0] + "'");
            }
        }
        return new Read(cards, unlinked, List.copyOf(kiosks));
    }

    private static Lab.CardPin card(Path dir, String name, Map<String, String> pins) throws IOException {
        String pin = pins.get(name);
        if (pin == null) {
            throw new IOException("no PIN for " + name + " in pki/cards/pins.tsv");
        }
        return new Lab.CardPin(dir.resolve("pki/cards").resolve(name), pin);
    }
}

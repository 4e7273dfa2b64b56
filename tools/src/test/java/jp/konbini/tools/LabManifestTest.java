package jp.konbini.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.konbini.node.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabManifestTest {
    @TempDir
    Path lab;

    @Test
    void reads_back_each_cards_city_its_pin_and_the_kiosks() throws Exception {
        Files.createDirectories(lab.resolve("pki/cards"));
        Files.writeString(lab.resolve("pki/cards/pins.tsv"), "# test\ncard-0001.card\t1111\ncard-0002.card\t2222\ncard-0003.card\t3333\n");
        Map<String, List<Lab.CardPin>> cards = new LinkedHashMap<>();
        cards.put("052019", List.of(pin("card-0001.card", "1111")));
        cards.put("052035", List.of(pin("card-0002.card", "2222")));
        LabManifest.write(lab, cards, pin("card-0003.card", "3333"), List.of("kiosk-0001", "kiosk-0002"));

        LabManifest.Read read = LabManifest.read(lab);

        assertThat(read.cards()).isEqualTo(cards);
        assertThat(read.cards().keySet()).containsExactly("052019", "052035");
        assertThat(read.unlinked()).isEqualTo(pin("card-0003.card", "3333"));
        assertThat(read.kioskIds()).containsExactly("kiosk-0001", "kiosk-0002");
    }

    @Test
    void a_folder_that_is_not_a_lab_is_a_usage_error() {
        assertThatThrownBy(() -> LabManifest.read(lab)).isInstanceOf(UsageException.class).hasMessageContaining("lab.tsv");
    }

    private Lab.CardPin pin(String card, String pin) {
        return new Lab.CardPin(lab.resolve("pki/cards").resolve(card), pin);
    }
}

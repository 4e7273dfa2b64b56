package jp.konbini.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fifty kiosks issuing at once through one relay to two cities (Akita and Yokote, each its own server,
 * keys and residents), and for every printed certificate proof that it is the asking card holder's, read
 * from the paper and the city's structured record. {@code -Dkonbini.load.requests=3000} for the full run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ManyKiosksTest {
    @TempDir
    static Path dir;
    static LoadLab lab;

    @BeforeAll
    static void startChain() throws Exception {
        lab = LoadLab.create(dir);
        lab.start();
    }

    @AfterAll
    static void stopChain() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    @Order(1)
    void every_request_is_answered_and_every_printed_document_is_the_asking_card_holders() throws Exception {
        int requests = LoadLab.requests();
        Konbini.Result r = lab.load(requests, false);

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.stdout()).contains("from 50 kiosks").contains("answered: " + requests + " of " + requests)
                .contains("wrong documents: 0");
        assertThat(LoadLab.outcome(r, "printed")).as(r.stdout()).isEqualTo(requests);
        // the serial of every document came from the paper itself (the back's signed code)
        assertThat(r.stdout()).contains("checked " + requests + " printed documents: serial read from the paper's signed back "
                + requests + ",");
    }

    @Test
    @Order(2)
    void a_card_asking_the_other_city_is_routed_there_and_refused_by_it() throws Exception {
        Path akitaCard = dir.resolve("pki/cards/card-0001.card");
        Konbini.Result r = kiosk(akitaCard, LoadLab.YOKOTE);

        assertThat(r.exitCode()).as(r.output()).isEqualTo(2);
        assertThat(r.stderr()).contains("[E034]");
    }

    @Test
    @Order(3)
    void a_city_code_no_route_names_gets_unknown_city() throws Exception {
        // 052108 (Yurihonjo): valid check digit, no route at this hub
        Konbini.Result r = kiosk(dir.resolve("pki/cards/card-0001.card"), "052108");

        assertThat(r.exitCode()).as(r.output()).isEqualTo(2);
        assertThat(r.stderr()).contains("[E021]");
    }

    @Test
    @Order(4)
    void an_offline_city_gets_unavailable_while_the_other_city_keeps_issuing() throws Exception {
        lab.yokote.close();
        String yokoteCard = Files.readAllLines(dir.resolve("lab.tsv")).stream()
                .filter(l -> l.startsWith("card\t") && l.endsWith("\t" + LoadLab.YOKOTE)).map(l -> l.split("\t")[1])
                .findFirst().orElseThrow();
        Konbini.Result offline = kiosk(dir.resolve("pki/cards").resolve(yokoteCard), LoadLab.YOKOTE);

        assertThat(offline.exitCode()).as(offline.output()).isEqualTo(4);
        assertThat(offline.stderr()).contains("[E012]");
        Konbini.Result akita = kiosk(dir.resolve("pki/cards/card-0002.card"), LoadLab.AKITA);
        assertThat(akita.exitCode()).as(akita.output()).isZero();
    }

    private static Konbini.Result kiosk(Path card, String city) throws Exception {
        String pin = Files.readAllLines(dir.resolve("pki/cards/pins.tsv")).stream()
                .filter(l -> l.startsWith(card.getFileName() + "\t")).map(l -> l.split("\t")[1]).findFirst().orElseThrow();
        return Konbini.run(dir.resolve("kiosk-0001"), "kiosk", "issue", "--config", dir.resolve("kiosk-0001.conf").toString(),
                "--card", card.toString(), "--pin", pin, "--city", city, "--type", "juminhyo",
                "--out", dir.resolve("out/" + card.getFileName() + "-" + city + ".pdf").toString());
    }
}

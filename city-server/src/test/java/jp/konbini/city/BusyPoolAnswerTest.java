package jp.konbini.city;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import jp.konbini.city.data.CertificateRecords;
import jp.konbini.city.data.CityDatabase;
import jp.konbini.city.data.IssuanceLedger;
import jp.konbini.city.data.PoolSettings;
import jp.konbini.city.data.ResidentDirectory;
import jp.konbini.city.data.StandingLookup;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.ErrorMessage;
import jp.konbini.protocol.LocalGovernmentCode;
import jp.konbini.protocol.PrintAck;
import jp.konbini.protocol.PrintOutcome;
import jp.konbini.protocol.PrintResult;
import jp.konbini.render.CertificateRenderer;
import jp.konbini.render.JapaneseFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the hub (and so the kiosk) hears when every connection of the city's pool is taken: UNAVAILABLE ("try
 * later") once the wait for one is over, with the ledger row as it was; and the same message goes through once a
 * connection is free again.
 */
class BusyPoolAnswerTest {
    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static final PoolSettings POOL = new PoolSettings(2, Duration.ofMillis(250));

    @TempDir
    Path dir;

    @Test
    void aRequestBeyondThePoolIsAnsweredUnavailableAndGoesThroughOnceAConnectionIsFree() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("city") + ";AUTO_SERVER=FALSE";
        try (CityDatabase db = CityDatabase.open(url, "sa", "", LIMIT, POOL)) {
            IssuanceLedger ledger = new IssuanceLedger(db);
            UUID request = UUID.randomUUID();
            try (Connection setup = DriverManager.getConnection(url, "sa", "");
                 Statement s = setup.createStatement()) {
                s.execute("INSERT INTO household (id, address) VALUES (1, '秋田市大町三丁目2番1号')");
                s.execute("INSERT INTO resident (id, household_id, family_name, given_name, family_name_kana,"
                        + " given_name_kana, date_of_birth, sex, relationship_to_head, became_resident_on, status)"
                        + " VALUES (7, 1, '試験', '花子', 'シケン', 'ハナコ', DATE '1990-04-01', '女', '世帯主',"
                        + " DATE '1990-04-01', 'ACTIVE')");
            }
            ledger.recordIssued(request, "052019-20261127-000001", 7, "juminhyo", "kiosk-0001", "unassigned", 1,
                    new byte[] {1}, "item\t氏名\t試験 花子\n", 200);
            EmbeddedChannel channel = new EmbeddedChannel(new HubLinkHandler("city-052019", service(db, ledger),
                    Runnable::run));

            Connection first = db.connection();
            Connection second = db.connection();
            // both connections are taken, as by two long requests: the print result finds none
            channel.writeInbound(new Envelope(3, new PrintResult(request, PrintOutcome.PRINTED)));
            Envelope answer = channel.readOutbound();
            assertThat(answer.message()).isInstanceOfSatisfying(ErrorMessage.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE));

            first.close();
            assertThat(ledger.find(request)).as("nothing was written")
                    .hasValueSatisfying(e -> assertThat(e.state()).isEqualTo(IssuanceLedger.ISSUED));
            channel.writeInbound(new Envelope(5, new PrintResult(request, PrintOutcome.PRINTED)));
            Envelope retried = channel.readOutbound();
            assertThat(retried.message()).isInstanceOf(PrintAck.class);
            second.close();
            assertThat(ledger.find(request)).hasValueSatisfying(
                    e -> assertThat(e.state()).isEqualTo(IssuanceLedger.PRINTED));
            channel.finishAndReleaseAll();
        }
    }

    private static IssuanceService service(CityDatabase db, IssuanceLedger ledger) {
        CityRules rules = new CityRules(Optional.empty(), CityRules.defaults().eligibility(),
                CityRules.defaults().fees(), false, KioskOperators.none());
        CityConfig config = new CityConfig(null, null, LocalGovernmentCode.parse("052019").orElseThrow(), "秋田市",
                "秋田市長　久保田　誠", "unused", "sa", "", LIMIT, Optional.empty(), 200, 1, rules);
        return new IssuanceService(config, new ResidentDirectory(db), new StandingLookup(db),
                new CertificateRecords(db), ledger, new CertificateRenderer(JapaneseFont.locate(Optional.empty())),
                Clock.systemUTC());
    }
}

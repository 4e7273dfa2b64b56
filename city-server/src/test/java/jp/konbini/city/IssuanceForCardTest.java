package jp.konbini.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.konbini.city.data.CertificateRecords;
import jp.konbini.city.data.CityDatabase;
import jp.konbini.city.data.CityDatabaseException;
import jp.konbini.city.data.IssuanceLedger;
import jp.konbini.city.data.KojinBango;
import jp.konbini.city.data.Recipient;
import jp.konbini.city.data.ResidentDirectory;
import jp.konbini.city.data.StandingLookup;
import jp.konbini.city.data.SyntheticCity;
import jp.konbini.city.rules.ServiceHours;
import jp.konbini.crypto.Digests;
import jp.konbini.node.NodeSettings;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.Challenge;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.IssueRequest;
import jp.konbini.protocol.LocalGovernmentCode;
import jp.konbini.render.CertificateRenderer;
import jp.konbini.render.JapaneseFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The city's answer once the card's signature is checked, end to end through the service on a seeded city:
 * a person whose 本籍 is here but who lives elsewhere gets their 戸籍 and a NOT_A_RESIDENT refusal for the
 * rest; the 個人番号 is printed only when the city allows it and the kiosk asked, and never logged.
 */
class IssuanceForCardTest {
    private static final byte[] RESIDENT_CARD = Digests.sha256("resident card".getBytes(StandardCharsets.UTF_8));
    private static final byte[] ELSEWHERE_CARD = Digests.sha256("elsewhere card".getBytes(StandardCharsets.UTF_8));
    private static final Pattern KOJIN_BANGO = Pattern.compile("item\t個人番号\t(\\d{12})");
    private static final CertificateRenderer RENDERER = new CertificateRenderer(JapaneseFont.locate(Optional.empty()));

    @TempDir
    static Path dir;
    private static CityDatabase db;
    private static NodeSettings node;

    /** One city for every case: each case has its own request ids. */
    @BeforeAll
    static void seededCity() {
        node = TestCityIdentity.in(dir);
        db = CityDatabase.open("jdbc:h2:file:" + dir.resolve("city") + ";AUTO_SERVER=FALSE", "sa", "");
        SyntheticCity.seed(db, 2_000, 52019L, List.of(Digests.hex(RESIDENT_CARD)), List.of(Digests.hex(ELSEWHERE_CARD)),
                name -> name.getBytes(StandardCharsets.UTF_8), done -> { });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static Stream<Arguments> livingElsewhere() {
        return Stream.of(
                Arguments.of(CertificateType.KOSEKI_ZENBU, null),
                Arguments.of(CertificateType.KOSEKI_KOJIN, null),
                Arguments.of(CertificateType.JUMINHYO, ErrorCode.NOT_A_RESIDENT),
                Arguments.of(CertificateType.KISAI_JIKO, ErrorCode.NOT_A_RESIDENT),
                Arguments.of(CertificateType.INKAN, ErrorCode.NOT_A_RESIDENT),
                Arguments.of(CertificateType.SHOTOKU_KAZEI, ErrorCode.NOT_A_RESIDENT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("livingElsewhere")
    void aPersonLivingElsewhereGetsTheirFamilyRegisterOnly(CertificateType type, ErrorCode refused) {
        IssueRequest request = request(type, 0);
        IssueOutcome outcome = service(false).issueForCard(request, ELSEWHERE_CARD);
        IssuanceLedger ledger = new IssuanceLedger(db);
        if (refused == null) {
            assertThat(outcome).isInstanceOf(IssueOutcome.Issued.class);
            assertThat(ledger.find(request.requestId())).hasValueSatisfying(entry -> {
                assertThat(entry.recipient()).isInstanceOf(Recipient.RegisterMember.class);
                assertThat(entry.certificateType()).isEqualTo(type.cliName());
            });
            // the same request id again: the same document, no second row
            assertThat(service(false).issueForCard(request, ELSEWHERE_CARD)).isInstanceOf(IssueOutcome.Issued.class);
        } else {
            assertThat(outcome).isInstanceOfSatisfying(IssueOutcome.Refused.class,
                    r -> assertThat(r.code()).isEqualTo(refused));
            assertThat(ledger.find(request.requestId())).isEmpty();
        }
    }

    static Stream<Arguments> kojinBango() {
        return Stream.of(
                Arguments.of(true, true, "printed"),
                Arguments.of(true, false, "absent"),
                Arguments.of(false, true, "refused"),
                Arguments.of(false, false, "absent"));
    }

    @ParameterizedTest(name = "city allows {0}, kiosk asks {1}: {2}")
    @MethodSource("kojinBango")
    void theKojinBangoIsPrintedOnlyWhenTheCityAllowsItAndTheKioskAsks(boolean allows, boolean asks, String expected) {
        IssueRequest request = request(CertificateType.JUMINHYO,
                CertificateType.OPTION_SELF_ONLY | (asks ? CertificateType.OPTION_WITH_KOJIN_BANGO : 0));
        IssueOutcome outcome = service(allows).issueForCard(request, RESIDENT_CARD);
        Optional<String> record = new IssuanceLedger(db).printedRecord(request.requestId());
        switch (expected) {
            case "printed" -> {
                assertThat(outcome).isInstanceOf(IssueOutcome.Issued.class);
                Matcher number = KOJIN_BANGO.matcher(record.orElseThrow());
                assertThat(number.find()).as("a 個人番号 item").isTrue();
                assertThat(KojinBango.isValid(number.group(1))).isTrue();
            }
            case "absent" -> {
                assertThat(outcome).isInstanceOf(IssueOutcome.Issued.class);
                assertThat(record.orElseThrow()).doesNotContain("個人番号");
            }
            default -> {
                assertThat(outcome).isInstanceOfSatisfying(IssueOutcome.Refused.class,
                        r -> assertThat(r.code()).isEqualTo(ErrorCode.UNSUPPORTED_OPTION));
                assertThat(record).isEmpty();
            }
        }
    }

    @Test
    void theKojinBangoNeverReachesTheLog() {
        IssueRequest request = request(CertificateType.JUMINHYO, CertificateType.OPTION_WITH_KOJIN_BANGO);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        IssueOutcome outcome;
        try (PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(both);
            System.setErr(both);
            outcome = service(true).issueForCard(request, RESIDENT_CARD);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(outcome).isInstanceOf(IssueOutcome.Issued.class);
        Matcher number = KOJIN_BANGO.matcher(new IssuanceLedger(db).printedRecord(request.requestId()).orElseThrow());
        assertThat(number.find()).isTrue();
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).as("the issuance was logged").contains("issued juminhyo");
        assertThat(log).doesNotContain(number.group(1));
        assertThat(log).doesNotContainPattern("\\d{12}");
    }

    @Test
    void aStalledDatabaseEndsTheRequestAsTryLaterAndWritesNothing() throws Exception {
        IssueRequest request = request(CertificateType.KOSEKI_ZENBU, 0);
        IssuanceLedger ledger = new IssuanceLedger(db);
        LocalDate today = LocalDate.now(ServiceHours.JAPAN);
        ledger.nextCertificateSerial("052019", today);
        try (Connection other = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("city") + ";AUTO_SERVER=FALSE",
                "sa", "")) {
            // another transaction holds the serial counter: the request finds the person, then stalls
            other.setAutoCommit(false);
            try (Statement hold = other.createStatement()) {
                hold.executeUpdate("UPDATE certificate_serial_counter SET last_number = last_number + 1");
            }
            Throwable failure = catchThrowable(
                    () -> service(false, Duration.ofSeconds(1)).issueForCard(request, ELSEWHERE_CARD));
            // HubLinkHandler answers this exception with UNAVAILABLE ("try later", retryable)
            assertThat(failure).isInstanceOf(CityDatabaseException.class);
            assertThat(ErrorCode.UNAVAILABLE.retryable()).isTrue();
            other.rollback();
        }
        assertThat(ledger.find(request.requestId())).as("no ledger row").isEmpty();
        assertThat(ledger.document(request.requestId())).isEmpty();
        assertThat(ledger.printedRecord(request.requestId())).isEmpty();
    }

    private IssuanceService service(boolean printKojinBango) {
        return service(printKojinBango, Duration.ofSeconds(30));
    }

    private IssuanceService service(boolean printKojinBango, Duration dbTimeout) {
        CityRules rules = new CityRules(Optional.empty(), CityRules.defaults().eligibility(),
                CityRules.defaults().fees(), printKojinBango, KioskOperators.none());
        CityConfig config = new CityConfig(node, null, LocalGovernmentCode.parse("052019").orElseThrow(), "秋田市",
                "秋田市長　久保田　誠", "unused", "sa", "", dbTimeout, Optional.empty(), 200, 1, rules);
        return new IssuanceService(config, new ResidentDirectory(db), new StandingLookup(db),
                new CertificateRecords(db), new IssuanceLedger(db), RENDERER, Clock.systemUTC());
    }

    private static IssueRequest request(CertificateType type, int options) {
        return new IssueRequest(UUID.randomUUID(), new byte[Challenge.NONCE_LENGTH], "kiosk-7-1", "052019", type,
                options, 1, new byte[] {1}, new byte[] {2});
    }
}

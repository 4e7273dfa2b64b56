package jp.konbini.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jp.konbini.node.NodeConfig;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.PrintOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copier's screens driven by scripted input, as a resident would type it, with an emulated card
 * (real APDUs, real PIN counter) and a stand-in for the service that keeps IssueFlow's contract.
 */
class CopierFlowTest {
    @TempDir
    Path cardDir;
    @TempDir
    Path printDir;

    private Path cardFile;
    private Path out;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    @BeforeEach
    void card() throws IOException {
        cardFile = TestCards.create(cardDir);
        out = printDir.resolve("certificate.pdf");
    }

    /** Enter (card), PIN, residence, Akita, the first certificate (住民票の写し). */
    private static final String TO_OPTIONS = "\n1234\n1\n052019\n1\n";

    @Test
    void aWholeVisitShowsEveryScreenAndSendsWhatTheResidentChose() throws Exception {
        FakeIssuer issuer = new FakeIssuer(FakeIssuer.CityAnswer.CERTIFICATE);

        // 住民票: only me (1), with 本籍 (2), go on (0); 2 copies; confirm; 500 yen for a 400-yen fee
        CopierFlow flow = flow(issuer, new Printer(out), TO_OPTIONS + "1\n2\n0\n2\n1\n500\n");
        Screen.Done done = flow.run();

        assertThat(flow.shown()).extracting(s -> s.getClass().getSimpleName()).containsExactly(
                "InsertCard", "EnterPin", "ChooseCityKind", "EnterCityCode", "ChooseCertificate",
                "ChooseOptions", "ChooseOptions", "ChooseOptions", "ChooseCopies", "Confirm", "Pay", "Issuing", "Done");
        assertThat(issuer.orders).containsExactly(new IssueFlow.Order("052019", CertificateType.JUMINHYO, 2,
                CertificateType.OPTION_SELF_ONLY | CertificateType.OPTION_WITH_HONSEKI));
        assertThat(issuer.pins).containsExactly(TestCards.PIN);
        assertThat(issuer.sent).containsExactly(PrintOutcome.PRINTED);
        assertThat(text()).contains("手数料 400円", "本人のみ", "おつり 100円",
                "カードと証明書をお取りください / Take your card and your certificate");
        assertThat(done.exitCode()).isZero();
        assertThat(done.result()).containsInstanceOf(IssueResult.Issued.class);
        assertThat(out).hasContent(FakeIssuer.DOCUMENT);
    }

    @Test
    void theFeeIsTakenOnlyOnceTheCertificateIsToBePrinted() throws Exception {
        CopierFlow flow = flow(new FakeIssuer(FakeIssuer.CityAnswer.CERTIFICATE), new Printer(out),
                TO_OPTIONS + "0\n1\n1\n100\n100\n");

        flow.run();

        String text = text();
        assertThat(text.indexOf("手数料 200円をいただきました")).isGreaterThan(text.indexOf("証明書を取得しています"));
    }

    @Test
    void afterPrintingTheDocumentIsWipedAndOnlyThePrintedFileIsLeft() throws Exception {
        FakeIssuer issuer = new FakeIssuer(FakeIssuer.CityAnswer.CERTIFICATE);

        flow(issuer, new Printer(out), TO_OPTIONS + "0\n1\n1\n500\n").run();

        assertThat(issuer.document).isNotEmpty().containsOnly((byte) 0);
        try (Stream<Path> files = Files.list(printDir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void cancelOnThePinScreenEndsTheVisitWithoutAsking() throws Exception {
        FakeIssuer issuer = new FakeIssuer(FakeIssuer.CityAnswer.CERTIFICATE);

        Screen.Done done = flow(issuer, new Printer(out), "\nC\n").run();

        assertThat(done.exitCode()).isEqualTo(CopierFlow.EXIT_CANCELLED);
        assertThat(done.message()).contains("取り消しました", "Cancelled");
        assertThat(issuer.orders).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void cancelOnTheFeeScreenTakesNothing() throws Exception {
        FakeIssuer issuer = new FakeIssuer(FakeIssuer.CityAnswer.CERTIFICATE);

        Screen.Done done = flow(issuer, new Printer(out), TO_OPTIONS + "0\n1\nC\n").run();

        assertThat(text()).contains("手数料 200円");
        assertThat(done.exitCode()).isEqualTo(CopierFlow.EXIT_CANCELLED);
        assertThat(issuer.orders).isEmpty();
    }

    @Test
    void cancelWhilePayingReturnsTheCoinsInserted() throws Exception {
        FakeIssuer issuer = new FakeIssuer(FakeIssuer.CityAnswer.CERTIFICATE);

        Screen.Done done = flow(issuer, new Printer(out), TO_OPTIONS + "0\n1\n1\n100\nC\n").run();

        assertThat(done.message()).contains("100円をお返しします", "100 yen returned");
        assertThat(issuer.orders).isEmpty();
    }

    @Test
    void aWrongPinShowsTheTriesLeftAndAsksAgain() throws Exception {
        CopierFlow flow = flow(new FakeIssuer(FakeIssuer.CityAnswer.CERTIFICATE), new Printer(out), "\n9999\n1234\nC\n");

        flow.run();

        assertThat(flow.shown()).extracting(s -> s.getClass().getSimpleName())
                .containsExactly("InsertCard", "EnterPin", "Retry", "EnterPin", "ChooseCityKind", "Done");
        assertThat(text()).contains("あと2回", "2 tries left");
    }

    @Test
    void aPinThatIsNotFourDigitsCostsNoTry() throws Exception {
        CopierFlow flow = flow(new FakeIssuer(FakeIssuer.CityAnswer.CERTIFICATE), new Printer(out), "\n12\nC\n");

        flow.run();

        assertThat(text()).contains("The PIN is 4 digits").doesNotContain("tries left");
        assertThat(EmulatedCard.open(cardFile).verifyPin("0000")).isEqualTo(new jp.konbini.crypto.card.PinResult.Wrong(2));
    }

    @Test
    void invalidCopiesAreAskedAgain() throws Exception {
        FakeIssuer issuer = new FakeIssuer(FakeIssuer.CityAnswer.CERTIFICATE);

        flow(issuer, new Printer(out), TO_OPTIONS + "0\n0\n11\nthree\n３\n1\n1000\n").run();

        assertThat(text().split("Copies must be a number from 1 to 10", -1)).hasSize(4);
        assertThat(issuer.orders).extracting(IssueFlow.Order::copies).containsExactly(3);
    }

    @Test
    void aPrinterThatFailsIsReportedAsPrintFailedAndTheFeeRefunded() throws Exception {
        FakeIssuer issuer = new FakeIssuer(FakeIssuer.CityAnswer.CERTIFICATE);
        Printer jammed = new Printer(out) {
            @Override
            void print(byte[] document) throws IOException {
                throw new IOException("paper jam");
            }
        };

        Screen.Done done = flow(issuer, jammed, TO_OPTIONS + "0\n1\n1\n500\n").run();

        assertThat(issuer.sent).containsExactly(PrintOutcome.PRINT_FAILED);
        assertThat(done.message()).contains("印刷できませんでした", "the fee is refunded", "500 yen returned");
        assertThat(done.exitCode()).isEqualTo(2);
        assertThat(issuer.document).containsOnly((byte) 0);
        try (Stream<Path> files = Files.list(printDir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aCertificateForAnotherRequestCostsNothingAndIsNotPrinted() throws Exception {
        FakeIssuer issuer = new FakeIssuer(FakeIssuer.CityAnswer.BINDING_MISMATCH);

        Screen.Done done = flow(issuer, new Printer(out), TO_OPTIONS + "0\n1\n1\n500\n").run();

        assertThat(done.message()).contains("[E060]", "no fee was taken", "500 yen returned")
                .doesNotContain("いただきました");
        assertThat(out).doesNotExist();
    }

    @Test
    void theHonsekiCityOffersOnlyTheFamilyRegisterAtItsFee() throws Exception {
        FakeIssuer issuer = new FakeIssuer(FakeIssuer.CityAnswer.CERTIFICATE);

        CopierFlow flow = flow(issuer, new Printer(out), "\n1234\n2\n052019\n1\n1\n1\n500\n");
        flow.run();

        assertThat(flow.shown()).filteredOn(Screen.ChooseCertificate.class::isInstance)
                .extracting(s -> ((Screen.ChooseCertificate) s).offered())
                .containsExactly(List.of(CertificateType.KOSEKI_ZENBU));
        assertThat(text()).contains("手数料 450円");
        assertThat(issuer.orders).extracting(IssueFlow.Order::type).containsExactly(CertificateType.KOSEKI_ZENBU);
    }

    @Test
    void aCityCodeWithAWrongCheckDigitOrWithoutFeesIsAskedAgain() throws Exception {
        CopierFlow flow = flow(new FakeIssuer(FakeIssuer.CityAnswer.CERTIFICATE), new Printer(out),
                "\n1234\n1\n052018\n011002\nC\n");

        flow.run();

        assertThat(text()).contains("Not a valid 6-digit city code", "does not issue that city's certificates");
    }

    @Test
    void aCityWithItsOwnFeeLineOffersWhatItLists() throws Exception {
        CopierFlow flow = flow(new FakeIssuer(FakeIssuer.CityAnswer.CERTIFICATE), new Printer(out),
                "\n1234\n1\n131016\nC\n");

        flow.run();

        assertThat(flow.shown()).filteredOn(Screen.ChooseCertificate.class::isInstance)
                .extracting(s -> ((Screen.ChooseCertificate) s).offered())
                .containsExactly(List.of(CertificateType.INKAN));
    }

    @Test
    void anUnreadableCardIsAskedForAgainAndTheEndOfInputCancels() throws Exception {
        FakeIssuer issuer = new FakeIssuer(FakeIssuer.CityAnswer.CERTIFICATE);
        CopierFlow flow = new CopierFlow(() -> EmulatedCard.open(cardDir.resolve("missing.card")), fees(), issuer,
                new Printer(out), terminal("\n"));

        Screen.Done done = flow.run();

        assertThat(text()).contains("The card cannot be read");
        assertThat(done.exitCode()).isEqualTo(CopierFlow.EXIT_CANCELLED);
    }

    private CopierFlow flow(Issuer issuer, Printer printer, String input) throws Exception {
        return new CopierFlow(() -> EmulatedCard.open(cardFile), fees(), issuer, printer, terminal(input));
    }

    private Terminal terminal(String input) {
        return Terminal.scripted(new StringReader(input), new PrintStream(screen, true, StandardCharsets.UTF_8));
    }

    /** Akita's 住民票 200 yen, 戸籍全部 450 yen everywhere, Chiyoda (131016) only the seal certificate. */
    private FeeTable fees() throws Exception {
        Path conf = cardDir.resolve("fees.conf");
        Files.writeString(conf, "fee = 052019 juminhyo 200\nfee = * koseki-zenbu 450\nfee = 131016 inkan 300\n");
        return FeeTable.from(NodeConfig.load(conf, Set.of("fee"), Set.of("fee")));
    }

    private String text() {
        return screen.toString(StandardCharsets.UTF_8);
    }
}

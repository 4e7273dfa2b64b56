package jp.konbini.kiosk;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import jp.konbini.crypto.card.PinResult;
import jp.konbini.node.UsageException;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.LocalGovernmentCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The copier's screens as a state machine ({@code bin/konbini kiosk interactive}): card, PIN, city,
 * certificate and options, copies, 手数料, confirm, pay, print, "take your card and your certificate".
 * Cancel works on every screen that waits for the resident; a wrong answer shows why and asks again.
 */
final class CopierFlow {
    private static final Logger LOG = LoggerFactory.getLogger(CopierFlow.class);
    /** Copies in one request; the city refuses more (IssuanceService.MAX_COPIES, INVALID_COPIES). */
    static final int MAX_COPIES = 10;
    /** Exit code when the resident cancels. */
    static final int EXIT_CANCELLED = 5;
    /** The coins and the note a copier's cash unit takes. */
    static final Set<Integer> ACCEPTED_YEN = Set.of(10, 50, 100, 500, 1000);
    private static final Set<String> CANCEL = Set.of("c", "cancel", "取消", "キャンセル");

    /** Where the card comes from: the card file or the reader named on the command line. */
    @FunctionalInterface
    interface CardSlot {
        Card open() throws IOException, UsageException;
    }

    private final CardSlot slot;
    private final FeeTable fees;
    private final Issuer issuer;
    private final Printer printer;
    private final Terminal terminal;
    private final List<Screen> shown = new ArrayList<>();

    CopierFlow(CardSlot slot, FeeTable fees, Issuer issuer, Printer printer, Terminal terminal) {
        this.slot = slot;
        this.fees = fees;
        this.issuer = issuer;
        this.printer = printer;
        this.terminal = terminal;
    }

    /** One resident's visit, from the first screen to the last. */
    Screen.Done run() throws IOException, InterruptedException {
        Screen screen = new Screen.InsertCard();
        while (true) {
            shown.add(screen);
            terminal.show(ScreenPrompts.text(screen));
            if (screen instanceof Screen.Done done) {
                return done;
            }
            screen = next(screen);
        }
    }

    /** Every screen shown so far, in order (for tests). */
    List<Screen> shown() {
        return List.copyOf(shown);
    }

    private Screen next(Screen screen) throws IOException, InterruptedException {
        return switch (screen) {
            case Screen.InsertCard s -> ask().map(a -> insertCard()).orElseGet(() -> cancelled(0));
            case Screen.EnterPin s -> {
                Optional<String> pin = terminal.secret().map(CopierFlow::halfWidth);
                yield pin.isEmpty() || isCancel(pin.get()) ? cancelled(0) : pin(s, pin.get());
            }
            case Screen.ChooseCityKind s -> answer(0, a -> switch (a) {
                case "1" -> new Screen.EnterCityCode(s.chosen().withCityKind(Selection.CityKind.RESIDENCE));
                case "2" -> new Screen.EnterCityCode(s.chosen().withCityKind(Selection.CityKind.HONSEKI));
                default -> retry("1 か 2 を入力してください / Please type 1 or 2", s);
            });
            case Screen.EnterCityCode s -> answer(0, a -> cityCode(s, a));
            case Screen.ChooseCertificate s -> answer(0, a -> number(a, 1, s.offered().size())
                    .<Screen>map(n -> certificate(s, s.offered().get(n - 1)))
                    .orElseGet(() -> retry("1〜" + s.offered().size() + " の番号を入力してください / Please type a number from 1 to "
                            + s.offered().size(), s)));
            case Screen.ChooseOptions s -> answer(0, a -> options(s, a));
            case Screen.ChooseCopies s -> answer(0, a -> number(a, 1, MAX_COPIES)
                    .<Screen>map(n -> new Screen.Confirm(s.chosen().withCopies(n)))
                    .orElseGet(() -> retry("部数は 1〜" + MAX_COPIES + " の数字で入力してください / Copies must be a number from 1 to "
                            + MAX_COPIES, s)));
            case Screen.Confirm s -> answer(0, a -> a.equals("1")
                    ? (s.chosen().feeYen() == 0 ? new Screen.Issuing(s.chosen(), 0) : new Screen.Pay(s.chosen(), 0))
                    : retry("1 で確定、C で取消 / Press 1 to confirm or C to cancel", s));
            case Screen.Pay s -> answer(s.insertedYen(), a -> pay(s, a));
            case Screen.Issuing s -> issue(s);
            case Screen.Retry s -> s.back();
            case Screen.Done s -> s;
        };
    }

    /** The resident's answer on a screen that takes one line: cancel (returning {@code heldYen}), or what {@code then} makes of it. */
    private Screen answer(int heldYen, Function<String, Screen> then) throws IOException {
        Optional<String> a = ask();
        return a.isEmpty() ? cancelled(heldYen) : then.apply(a.get());
    }

    /** A line; empty when input ended or the resident cancelled. */
    private Optional<String> ask() throws IOException {
        return terminal.line().map(CopierFlow::halfWidth).filter(a -> !isCancel(a));
    }

    /** Full-width digits and letters as a Japanese input method types them (１２３４, Ｃ) read as ASCII. */
    private static String halfWidth(String a) {
        return Normalizer.normalize(a, Normalizer.Form.NFKC);
    }

    private Screen insertCard() {
        try {
            return new Screen.EnterPin(slot.open());
        } catch (IOException | UsageException | CardAccessException e) {
            // the detail names files and readers: for the operator's log, not the screen
            LOG.warn("card not read: {}", e.getMessage());
            return retry("カードを読み取れません。置き直して Enter を押してください / The card cannot be read: place it again and press Enter",
                    new Screen.InsertCard());
        }
    }

    private Screen pin(Screen.EnterPin s, String pin) {
        if (!pin.matches("[0-9]{4}")) {
            // checked here, so a typing slip never costs one of the card's three tries
            return retry("暗証番号は数字4桁です / The PIN is 4 digits", s);
        }
        return switch (s.card().verifyPin(pin)) {
            case PinResult.Accepted a -> new Screen.ChooseCityKind(Selection.start(s.card(), pin));
            case PinResult.Wrong w -> w.triesLeft() > 0
                    ? retry(ScreenText.line(new IssueResult.PinWrong(w.triesLeft())), s)
                    : done(new IssueResult.PinWrong(0), "カードをお取りください / Please take your card.");
            case PinResult.Blocked b -> done(new IssueResult.PinBlocked(), "カードをお取りください / Please take your card.");
            case PinResult.Malformed m -> retry("暗証番号は数字4桁です / The PIN is 4 digits", s);
        };
    }

    private Screen cityCode(Screen.EnterCityCode s, String code) {
        if (!LocalGovernmentCode.isValid(code)) {
            return retry("市区町村コードが正しくありません（6桁、最後はチェック数字）/ Not a valid 6-digit city code", s);
        }
        List<CertificateType> offered = fees.offered(code, s.chosen().cityKind().types());
        if (offered.isEmpty()) {
            return retry("この市区町村の証明書はこの端末では取り扱っていません / This kiosk does not issue that city's certificates", s);
        }
        return new Screen.ChooseCertificate(s.chosen().withCity(code), offered);
    }

    private Screen certificate(Screen.ChooseCertificate s, CertificateType type) {
        Selection v = s.chosen().withType(type, fees.perCopy(s.chosen().cityCode(), type).orElseThrow());
        return type == CertificateType.JUMINHYO ? new Screen.ChooseOptions(v) : new Screen.ChooseCopies(v);
    }

    private Screen options(Screen.ChooseOptions s, String a) {
        int bit = switch (a) {
            case "0" -> 0;
            case "1" -> CertificateType.OPTION_SELF_ONLY;
            case "2" -> CertificateType.OPTION_WITH_HONSEKI;
            case "3" -> CertificateType.OPTION_WITHOUT_HEAD;
            case "4" -> CertificateType.OPTION_WITH_KOJIN_BANGO;
            default -> -1;
        };
        if (bit < 0) {
            return retry("0〜4 の番号を入力してください / Please type a number from 0 to 4", s);
        }
        return bit == 0 ? new Screen.ChooseCopies(s.chosen())
                : new Screen.ChooseOptions(s.chosen().withOptions(s.chosen().options() ^ bit));
    }

    private Screen pay(Screen.Pay s, String a) {
        Optional<Integer> yen = number(a, 1, 1000).filter(ACCEPTED_YEN::contains);
        if (yen.isEmpty()) {
            return retry("10・50・100・500・1000 のどれかを入力してください / Type 10, 50, 100, 500 or 1000", s);
        }
        int inserted = s.insertedYen() + yen.get();
        return inserted >= s.chosen().feeYen() ? new Screen.Issuing(s.chosen(), inserted) : new Screen.Pay(s.chosen(), inserted);
    }

    private Screen issue(Screen.Issuing s) throws InterruptedException {
        Selection v = s.chosen();
        PaidPrinting paid = new PaidPrinting(printer, v.feeYen(), terminal::show);
        IssueResult result = issuer.issue(v.card(), v.pin(), v.order(), paid);
        if (result instanceof IssueResult.Issued) {
            int change = s.insertedYen() - v.feeYen();
            return new Screen.Done("証明書を印刷しました / Your certificate is printed.\n"
                    + (change > 0 ? "おつり " + change + "円 / Your change: " + change + " yen\n" : "")
                    + "カードと証明書をお取りください / Take your card and your certificate",
                    ScreenText.exitCode(result), Optional.of(result));
        }
        String money = paid.feeTaken()
                ? "印刷できませんでした。手数料を返金し、" + s.insertedYen() + "円をお返しします / Printing failed: the fee is refunded, "
                        + s.insertedYen() + " yen returned."
                : "証明書は発行されませんでした。手数料はいただいていません" + (s.insertedYen() > 0 ? "。" + s.insertedYen() + "円をお返しします" : "")
                        + " / Nothing was issued and no fee was taken" + (s.insertedYen() > 0 ? "; " + s.insertedYen() + " yen returned." : ".");
        return new Screen.Done(ScreenText.line(result) + "\n" + money + "\nカードをお取りください / Please take your card.",
                ScreenText.exitCode(result), Optional.of(result));
    }

    private static Screen.Done done(IssueResult result, String after) {
        return new Screen.Done(ScreenText.line(result) + "\n" + after, ScreenText.exitCode(result), Optional.of(result));
    }

    private static Screen.Done cancelled(int heldYen) {
        return new Screen.Done("取り消しました" + (heldYen > 0 ? "。" + heldYen + "円をお返しします" : "")
                + "。カードをお取りください / Cancelled" + (heldYen > 0 ? ": " + heldYen + " yen returned" : "")
                + ". Please take your card.", EXIT_CANCELLED, Optional.empty());
    }

    private static Screen retry(String why, Screen back) {
        return new Screen.Retry(why, back);
    }

    private static boolean isCancel(String a) {
        return CANCEL.contains(a.toLowerCase(Locale.ROOT));
    }

    /** A whole number within bounds, from ASCII digits. */
    private static Optional<Integer> number(String a, int min, int max) {
        if (!a.matches("[0-9]{1,4}")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(a);
        return n >= min && n <= max ? Optional.of(n) : Optional.empty();
    }
}

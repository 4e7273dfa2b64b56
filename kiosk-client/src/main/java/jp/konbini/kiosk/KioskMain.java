package jp.konbini.kiosk;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import jp.konbini.node.CommandLine;
import jp.konbini.node.ConfigException;
import jp.konbini.node.NodeRunner;
import jp.konbini.node.UsageException;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.ErrorCode;
import org.slf4j.LoggerFactory;

/**
 * {@code bin/konbini kiosk issue ...}: one resident's visit to the copier, from the command line;
 * {@code bin/konbini kiosk interactive ...}: the same visit through the copier's screens.
 */
public final class KioskMain {
    static final String USAGE = """
            usage: konbini kiosk issue --config FILE (--card FILE | --reader NAME) --pin NNNN --city CODE --type TYPE
                   (--out FILE.pdf | --printer NAME) [--copies N] [--self-only] [--with-honseki] [--without-head]
                   [--with-kojin-bango]
                   konbini kiosk interactive --config FILE (--card FILE | --reader NAME) (--out FILE.pdf | --printer NAME)

            Issues one certificate as a shop's copier would: reads the card, checks the PIN on the card
            (3 wrong tries lock it), asks the J-LIS hub through the relay, checks the certificate is for
            this card and request, prints it and tells the city it was printed (or that printing failed,
            so that the city voids the record and refunds).
              --config   the kiosk's config (conf/kiosk.conf)
              --card     an emulated My Number card file (from 'konbini tools pki init')
              --reader   a PC/SC card reader holding a My Number card (name or its beginning)
              --pin      the card's 4-digit PIN
              --city     6-digit local government code, e.g. 052019 (Akita)
              --type     juminhyo (住民票の写し), kisai-jiko, inkan, koseki-zenbu, koseki-kojin, shotoku-kazei
              --self-only, --with-honseki, --without-head   住民票の写し: only the card holder; with 本籍・筆頭者;
                         without 世帯主・続柄
              --with-kojin-bango  住民票の写し with the 個人番号 (My Number): only where the city allows it,
                         otherwise refused [E023]
              --out      write the printed certificate to this PDF file
              --printer  send the PDF to this system printer (javax.print; it must accept application/pdf);
                         without --out and --printer, the config's 'printer' is used
            interactive: the copier's screens in the terminal (Japanese and English): card, PIN (masked on a
            console, else read from standard input), 住所地 or 本籍地 and its city code, the certificate and its
            options, copies, 手数料 from the config's 'fee' lines, confirm, coins, print. C cancels on every screen.
            Exit codes: 0 printed, 2 refused by the service, 3 PIN problem, 4 service unreachable,
            5 cancelled by the resident, 64 bad command line, 78 bad config.""";

    private KioskMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (args.length == 0 || CommandLine.wantsHelp(args)) {
            out.println(USAGE);
            System.exit(args.length == 0 ? NodeRunner.EXIT_USAGE : 0);
        }
        if (!args[0].equals("issue") && !args[0].equals("interactive")) {
            err.println("konbini kiosk: unknown command '" + args[0] + "' (try --help)");
            System.exit(NodeRunner.EXIT_USAGE);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            System.exit(args[0].equals("issue") ? issue(rest, out, err) : interactive(rest, err));
        } catch (UsageException e) {
            err.println("konbini kiosk: " + e.getMessage() + " (try --help)");
            System.exit(NodeRunner.EXIT_USAGE);
        } catch (ConfigException e) {
            err.println("konbini kiosk: invalid config: " + e.getMessage());
            System.exit(NodeRunner.EXIT_CONFIG);
        } catch (IOException e) {
            err.println("konbini kiosk: cannot read the card: " + e.getMessage());
            System.exit(3);
        } catch (CardAccessException e) {
            // the detail (step and status word, nothing read from the card) is for the operator's log
            LoggerFactory.getLogger(KioskMain.class).warn("card access failed ({}): {}", e.problem(), e.getMessage());
            err.println(ScreenText.line(new IssueResult.Refused(ErrorCode.CARD_UNREADABLE)));
            System.exit(3);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(130);
        } catch (RuntimeException e) {
            // never a stack trace on the kiosk's screen; the log keeps the detail for the operator
            LoggerFactory.getLogger(KioskMain.class).error("kiosk failure", e);
            err.println("[E099] " + ErrorCode.INTERNAL_ERROR.japanese() + " / " + ErrorCode.INTERNAL_ERROR.english());
            System.exit(1);
        }
    }

    private static int issue(String[] rest, PrintStream out, PrintStream err)
            throws UsageException, ConfigException, IOException, InterruptedException {
        CommandLine cl = CommandLine.parse(rest, Set.of("config", "card", "reader", "pin", "city", "type", "out", "copies",
                        "printer"), Set.of("self-only", "with-honseki", "without-head", "with-kojin-bango"));
        CertificateType type = CertificateType.fromCliName(cl.require("type")).orElseThrow(
                () -> new UsageException("unknown --type; use one of " + Arrays.stream(CertificateType.values())
                        .map(CertificateType::cliName).toList()));
        int copies = parseCopies(cl.get("copies").orElse("1"));
        Path configFile = Path.of(cl.require("config"));
        KioskConfig config = KioskConfig.load(configFile);
        Printer printer = printer(cl, config, configFile);
        Card card = CardSource.open(cl.get("card"), cl.get("reader"));
        IssueResult result = Issuer.through(config).issue(card, cl.require("pin"), new IssueFlow.Order(cl.require("city"),
                type, copies, (cl.flag("self-only") ? CertificateType.OPTION_SELF_ONLY : 0)
                        | (cl.flag("with-honseki") ? CertificateType.OPTION_WITH_HONSEKI : 0)
                        | (cl.flag("without-head") ? CertificateType.OPTION_WITHOUT_HEAD : 0)
                        | (cl.flag("with-kojin-bango") ? CertificateType.OPTION_WITH_KOJIN_BANGO : 0)), printer);
        (result instanceof IssueResult.Issued ? out : err).println(ScreenText.line(result));
        return ScreenText.exitCode(result);
    }

    private static int interactive(String[] rest, PrintStream err)
            throws UsageException, ConfigException, IOException, InterruptedException {
        CommandLine cl = CommandLine.parse(rest, Set.of("config", "card", "reader", "out", "printer"), Set.of());
        Optional<String> cardFile = cl.get("card");
        Optional<String> reader = cl.get("reader");
        if (cardFile.isPresent() == reader.isPresent()) {
            throw new UsageException("give either --card FILE (an emulated card) or --reader NAME (a PC/SC reader)");
        }
        Path configFile = Path.of(cl.require("config"));
        KioskConfig config = KioskConfig.load(configFile);
        if (config.fees().isEmpty()) {
            throw new ConfigException(configFile, 0, "no 'fee' lines: the screens cannot show a fee"
                    + " (add e.g. 'fee = * juminhyo 200'; see conf/kiosk.conf)");
        }
        Printer printer = printer(cl, config, configFile);
        CopierFlow flow = new CopierFlow(() -> CardSource.open(cardFile, reader), config.fees(), Issuer.through(config),
                printer, Terminal.system());
        return flow.run().exitCode();
    }

    /** {@code --out}, else {@code --printer}, else the config's {@code printer}; a printer must exist and take PDF. */
    private static Printer printer(CommandLine cl, KioskConfig config, Path configFile)
            throws UsageException, ConfigException {
        Optional<String> out = cl.get("out");
        Optional<String> named = cl.get("printer");
        if (out.isPresent() && named.isPresent()) {
            throw new UsageException("give --out FILE.pdf or --printer NAME, not both");
        }
        if (out.isPresent()) {
            return new Printer(Path.of(out.get()));
        }
        if (named.isPresent()) {
            return switch (SystemPrinter.find(named.get())) {
                case SystemPrinter.Lookup.Found f -> f.printer();
                case SystemPrinter.Lookup.Missing m -> throw new UsageException(m.message());
            };
        }
        if (config.printer().isPresent()) {
            return switch (SystemPrinter.find(config.printer().get())) {
                case SystemPrinter.Lookup.Found f -> f.printer();
                case SystemPrinter.Lookup.Missing m -> throw new ConfigException(configFile, 0, "'printer': " + m.message());
            };
        }
        throw new UsageException("--out FILE.pdf or --printer NAME is required (or 'printer' in the config)");
    }

    private static int parseCopies(String s) throws UsageException {
        try {
            int n = Integer.parseInt(s);
            if (n < 1 || n > CopierFlow.MAX_COPIES) {
                throw new UsageException("--copies must be 1-" + CopierFlow.MAX_COPIES);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--copies must be a number");
        }
    }
}

package jp.konbini.kiosk;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import jp.konbini.node.CommandLine;
import jp.konbini.node.ConfigException;
import jp.konbini.node.NodeRunner;
import jp.konbini.node.UsageException;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.ErrorCode;
import org.slf4j.LoggerFactory;

/** {@code bin/konbini kiosk issue ...}: one resident's visit to the copier, from the command line. */
public final class KioskMain {
    static final String USAGE = """
            usage: konbini kiosk issue --config FILE (--card FILE | --reader NAME) --pin NNNN --city CODE --type TYPE --out FILE.pdf [--copies N]
                   [--self-only] [--with-honseki] [--without-head]

            Issues one certificate as a shop's copier would: reads the card, checks the PIN on the card
            (3 wrong tries lock it), asks the J-LIS hub through the relay, checks the certificate is for
            this card and request, "prints" it to --out and tells the city it was printed.
              --config   the kiosk's config (conf/kiosk.conf)
              --card     an emulated My Number card file (from 'konbini tools pki init')
              --reader   a PC/SC card reader holding a My Number card (name or its beginning)
              --pin      the card's 4-digit PIN
              --city     6-digit local government code, e.g. 052019 (Akita)
              --type     juminhyo (住民票の写し), kisai-jiko, inkan, koseki-zenbu, koseki-kojin, shotoku-kazei
              --self-only, --with-honseki, --without-head   住民票の写し: only the card holder; with 本籍・筆頭者;
                         without 世帯主・続柄
              --out      where to write the printed certificate (PDF)
            Exit codes: 0 printed, 2 refused by the service, 3 PIN problem, 4 service unreachable,
            64 bad command line, 78 bad config.""";

    private KioskMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (args.length == 0 || CommandLine.wantsHelp(args)) {
            out.println(USAGE);
            System.exit(args.length == 0 ? NodeRunner.EXIT_USAGE : 0);
        }
        if (!args[0].equals("issue")) {
            err.println("konbini kiosk: unknown command '" + args[0] + "' (try --help)");
            System.exit(NodeRunner.EXIT_USAGE);
        }
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        try {
            CommandLine cl = CommandLine.parse(rest, Set.of("config", "card", "reader", "pin", "city", "type", "out", "copies"),
                    Set.of("self-only", "with-honseki", "without-head"));
            CertificateType type = CertificateType.fromCliName(cl.require("type")).orElseThrow(
                    () -> new UsageException("unknown --type; use one of " + java.util.Arrays.stream(CertificateType.values())
                            .map(CertificateType::cliName).toList()));
            int copies = parseCopies(cl.get("copies").orElse("1"));
            KioskConfig config = KioskConfig.load(Path.of(cl.require("config")));
            Card card = CardSource.open(cl.get("card"), cl.get("reader"));
            IssueFlow flow = new IssueFlow(config, new Printer(Path.of(cl.require("out"))));
            IssueResult result = flow.run(card, cl.require("pin"), new IssueFlow.Order(cl.require("city"), type, copies,
                    (cl.flag("self-only") ? CertificateType.OPTION_SELF_ONLY : 0)
                            | (cl.flag("with-honseki") ? CertificateType.OPTION_WITH_HONSEKI : 0)
                            | (cl.flag("without-head") ? CertificateType.OPTION_WITHOUT_HEAD : 0)));
            (result instanceof IssueResult.Issued ? out : err).println(ScreenText.line(result));
            System.exit(ScreenText.exitCode(result));
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

    private static int parseCopies(String s) throws UsageException {
        try {
            int n = Integer.parseInt(s);
            if (n < 1 || n > 10) {
                throw new UsageException("--copies must be 1-10");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--copies must be a number");
        }
    }
}

package jp.konbini.tools;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import jp.konbini.node.NodeRunner;
import jp.konbini.node.OneLine;
import jp.konbini.node.UsageException;

/** {@code bin/konbini tools <command>}: dispatches to one operator command. */
public final class ToolsMain {
    static final String USAGE = """
            usage: konbini tools <command> [options]   (each command has --help)

              pki init     create the certificate authorities, node keys and emulated resident cards
              seed-data    fill a city's database with synthetic residents and link cards to them
              calendar     every day of a year with the city's hours per certificate type and why closed
              reconcile    a day's issuance per store operator: counts and fees by type, requests still ISSUED
              bench-city   the city's time per certificate (lookup, rules, render, ledger): median and p99
              lab          write the PKI, configs and two seeded cities for a one-machine chain
              demo         run the whole chain on this machine and issue certificates
              load         many kiosks at once against a running lab (N requests, or a rate for a duration):
                           latency per hop, errors, CPU per certificate, a plot; checks whose every printed document is
              paper-report measure the printed certificate's paper security (複写, scramble, latent, seal)
              fuzz         fuzz one decoder of outside bytes with Jazzer (fuzz list: the targets)
              card serve   put an emulated card into vsmartcard's virtual PC/SC reader (vpcd)
              jpki revoke  revoke a card's certificate at the JPKI CA and publish a new CRL
              jpki ocsp    run the JPKI CA's OCSP responder and CRL endpoint""";

    /** One operator command. */
    interface Command {
        String usage();

        int run(String[] args, PrintStream out) throws Exception;
    }

    private ToolsMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (args.length == 0 || (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h")))) {
            out.println(USAGE);
            System.exit(args.length == 0 ? NodeRunner.EXIT_USAGE : 0);
        }
        int used = 1;
        Command command;
        switch (args[0]) {
            case "pki" -> {
                if (args.length < 2 || !args[1].equals("init")) {
                    err.println("konbini tools pki: the only subcommand is 'init' (try: konbini tools pki init --help)");
                    System.exit(NodeRunner.EXIT_USAGE);
                }
                used = 2;
                command = new PkiInitCommand();
            }
            case "seed-data" -> command = new SeedDataCommand();
            case "calendar" -> command = new CalendarCommand();
            case "reconcile" -> command = new ReconcileCommand();
            case "bench-city" -> command = new BenchCityCommand();
            case "lab" -> command = new LabCommand();
            case "demo" -> command = new DemoCommand();
            case "load" -> command = new LoadCommand();
            case "paper-report" -> command = new PaperReportCommand();
            case "fuzz" -> command = new FuzzCommand();
            case "card" -> {
                if (args.length < 2 || !args[1].equals("serve")) {
                    err.println("konbini tools card: the only subcommand is 'serve' (try: konbini tools card serve --help)");
                    System.exit(NodeRunner.EXIT_USAGE);
                }
                used = 2;
                command = new CardServeCommand();
            }
            case "jpki" -> {
                if (args.length < 2 || !(args[1].equals("revoke") || args[1].equals("ocsp"))) {
                    err.println("konbini tools jpki: the subcommands are 'revoke' and 'ocsp' (try: konbini tools jpki revoke --help)");
                    System.exit(NodeRunner.EXIT_USAGE);
                }
                used = 2;
                command = args[1].equals("revoke") ? new JpkiRevokeCommand() : new JpkiOcspCommand();
            }
            default -> {
                err.println("konbini tools: unknown command '" + args[0] + "' (try --help)");
                System.exit(NodeRunner.EXIT_USAGE);
                return;
            }
        }
        String[] rest = Arrays.copyOfRange(args, used, args.length);
        if (Arrays.asList(rest).contains("--help") || Arrays.asList(rest).contains("-h")) {
            out.println(command.usage());
            System.exit(0);
        }
        try {
            System.exit(command.run(rest, out));
        } catch (UsageException e) {
            err.println("konbini tools " + args[0] + ": " + e.getMessage() + " (try --help)");
            System.exit(NodeRunner.EXIT_USAGE);
        } catch (Exception e) {
            err.println("konbini tools " + args[0] + ": " + OneLine.of(e));
            System.exit(1);
        }
    }
}

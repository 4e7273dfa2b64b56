package jp.konbini.kiosk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import jp.konbini.node.ConfigException;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.ErrorCode;

/**
 * One configured kiosk as a library, for the operator's load generator ({@code tools load}), which drives
 * many kiosks, each with its own identity, from one process. A visit here is exactly the command line's:
 * the same card APDUs, checks, printing and erasing ({@link IssueFlow}).
 */
public final class Kiosk {
    private final KioskConfig config;

    private Kiosk(KioskConfig config) {
        this.config = config;
    }

    /** Reads a kiosk config ({@code conf/kiosk.conf}); its key and certificate are this kiosk's identity. */
    public static Kiosk load(Path configFile) throws ConfigException {
        return new Kiosk(KioskConfig.load(configFile));
    }

    /** The kiosk's node id. */
    public String id() {
        return config.node().nodeId();
    }

    /**
     * One resident's visit with an emulated card file: PIN on the card, the request through the relay,
     * and the certificate printed to {@code out} only if it is for this card and this request.
     *
     * @param options the 住民票 option bits of {@link CertificateType}
     * @throws IOException if the card file cannot be read or does not answer as a JPKI card
     */
    public Outcome issue(Path cardFile, String pin, String cityCode, CertificateType type, int options, Path out)
            throws IOException, InterruptedException {
        Card card;
        try {
            card = EmulatedCard.open(cardFile);
        } catch (CardAccessException e) {
            throw new IOException("card " + cardFile.getFileName() + " does not answer as a JPKI card", e);
        }
        IssueResult result = new IssueFlow(config, new Printer(out))
                .run(card, pin, new IssueFlow.Order(cityCode, type, 1, options));
        Optional<String> serial = result instanceof IssueResult.Issued i ? Optional.of(i.certificateSerial())
                : Optional.empty();
        Optional<ErrorCode> code = switch (result) {
            case IssueResult.Issued i -> Optional.empty();
            case IssueResult.PinWrong w -> Optional.of(w.triesLeft() > 0 ? ErrorCode.PIN_WRONG : ErrorCode.PIN_BLOCKED);
            case IssueResult.PinBlocked b -> Optional.of(ErrorCode.PIN_BLOCKED);
            case IssueResult.Refused r -> Optional.of(r.code());
            case IssueResult.Unreachable u -> Optional.of(ErrorCode.UNAVAILABLE);
        };
        return new Outcome(ScreenText.exitCode(result), ScreenText.line(result), serial, code);
    }

    /**
     * How a visit ended, as the command line would report it.
     *
     * @param exitCode the command line's exit code (0 printed, 2 refused, 3 PIN, 4 unreachable)
     * @param screenLine the line the screen shows (Japanese, then English)
     * @param serial the 証明書番号 of the printed certificate, when printed
     * @param code the refusal's code, when not printed
     */
    public record Outcome(int exitCode, String screenLine, Optional<String> serial, Optional<ErrorCode> code) {
        public boolean printed() {
            return serial.isPresent();
        }
    }
}

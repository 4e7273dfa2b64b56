package jp.konbini.kiosk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.PrintOutcome;

/**
 * Stands in for {@link IssueFlow} behind the screens, with its contract: it prints only a certificate that
 * passed its checks, sends PRINT_FAILED when the printer throws, PRINTED otherwise. It records what the
 * screens asked for and what it would have sent to the city.
 */
final class FakeIssuer implements Issuer {
    /** What the city would send back: a certificate for this request, or one bound to another request. */
    enum CityAnswer { CERTIFICATE, BINDING_MISMATCH }

    static final String DOCUMENT = "%PDF-1.7 住民票の写し (test document)";

    private final CityAnswer answer;
    final List<IssueFlow.Order> orders = new ArrayList<>();
    final List<String> pins = new ArrayList<>();
    final List<PrintOutcome> sent = new ArrayList<>();
    /** The buffer handed to the printer, as IssueFlow holds it; this stand-in never wipes it itself. */
    byte[] document;

    FakeIssuer(CityAnswer answer) {
        this.answer = answer;
    }

    @Override
    public IssueResult issue(Card card, String pin, IssueFlow.Order order, Printer printer) {
        orders.add(order);
        pins.add(pin);
        if (answer == CityAnswer.BINDING_MISMATCH) {
            sent.add(PrintOutcome.PRINT_FAILED);
            return new IssueResult.Refused(ErrorCode.BINDING_MISMATCH);
        }
        document = DOCUMENT.getBytes(StandardCharsets.UTF_8);
        try {
            printer.print(document);
        } catch (IOException e) {
            sent.add(PrintOutcome.PRINT_FAILED);
            return new IssueResult.Refused(ErrorCode.INTERNAL_ERROR);
        }
        sent.add(PrintOutcome.PRINTED);
        return new IssueResult.Issued(printer.destination(), "T-0001", DOCUMENT.length());
    }
}

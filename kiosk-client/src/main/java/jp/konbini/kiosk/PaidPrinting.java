package jp.konbini.kiosk;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The fee is taken at the moment of printing: {@link IssueFlow} calls {@link #print} only after it has
 * checked that the certificate is this resident's, so a certificate that is never printed never costs a yen.
 * The document buffer is wiped here once printed or failed, whatever the caller does with it.
 */
final class PaidPrinting extends Printer {
    private final Printer engine;
    private final int feeYen;
    private final Consumer<String> screen;
    private boolean feeTaken;

    PaidPrinting(Printer engine, int feeYen, Consumer<String> screen) {
        super(engine.destination());
        this.engine = engine;
        this.feeYen = feeYen;
        this.screen = screen;
    }

    @Override
    void print(byte[] document) throws IOException {
        feeTaken = true;
        screen.accept("手数料 " + feeYen + "円をいただきました。印刷しています… / Fee of " + feeYen + " yen taken. Printing…");
        try {
            engine.print(document);
        } finally {
            Arrays.fill(document, (byte) 0); // the kiosk keeps nothing after printing
        }
    }

    /** Whether the fee was taken (it is refunded when the print then fails). */
    boolean feeTaken() {
        return feeTaken;
    }
}

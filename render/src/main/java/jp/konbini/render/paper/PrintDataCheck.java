package jp.konbini.render.paper;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks print data sheet by sheet, as a verifier holding the file would: every back's code is genuine and
 * names the same certificate, the sheets run 1/N … N/N once per copy, each back's code binds the page image
 * on its own front (a back glued to another page of the same certificate is refused) and each scramble image
 * decodes to that front.
 */
public final class PrintDataCheck {

    private final byte[] master;
    private final SealVerifier verifier;

    public PrintDataCheck(byte[] masterScrambleKey, SealVerifier verifier) {
        this.master = masterScrambleKey.clone();
        this.verifier = verifier;
    }

    /** What one sheet showed: the payload its code carries, or why the sheet is refused. */
    public sealed interface SheetResult {
        /** A sheet whose back is genuine and its front's: what the code names, and the front its scramble decodes to. */
        record Genuine(SealPayload payload, Gray front, double hashDistance) implements SheetResult {
        }

        record Refused(String reason) implements SheetResult {
        }
    }

    /**
     * The result of the whole print: each sheet's result in print order, the serial, the certificate's page count
     * and how many whole copies the sheets make ({@code 0} when the sheets are not whole copies in order).
     */
    public record Report(List<SheetResult> sheets, Optional<String> serial, int pages, int copies) {
        /** True when every sheet is genuine and the sheets make whole copies in page order. */
        public boolean whole() {
            return copies > 0 && sheets.stream().allMatch(s -> s instanceof SheetResult.Genuine);
        }

        /** The first refusal, Japanese then English. */
        public Optional<String> firstRefusal() {
            if (copies == 0 && sheets.stream().allMatch(s -> s instanceof SheetResult.Genuine)) {
                return Optional.of("ページがそろっていません / the sheets are not whole copies in page order");
            }
            for (int i = 0; i < sheets.size(); i++) {
                if (sheets.get(i) instanceof SheetResult.Refused r) {
                    return Optional.of("用紙 " + (i + 1) + " / sheet " + (i + 1) + ": " + r.reason());
                }
            }
            return Optional.empty();
        }
    }

    public Report check(byte[] printData) throws IOException {
        List<PrintData.PrintedSheet> sheets = PrintData.read(printData);
        List<SheetResult> results = new ArrayList<>(sheets.size());
        for (PrintData.PrintedSheet sheet : sheets) {
            results.add(check(sheet));
        }
        List<SealPayload> payloads = results.stream().filter(r -> r instanceof SheetResult.Genuine)
                .map(r -> ((SheetResult.Genuine) r).payload()).toList();
        if (payloads.size() != results.size() || payloads.isEmpty()) {
            return new Report(results, Optional.empty(), 0, 0);
        }
        String serial = payloads.getFirst().serial();
        int pages = payloads.getFirst().pages();
        boolean inOrder = payloads.size() % pages == 0;
        for (int i = 0; i < payloads.size() && inOrder; i++) {
            SealPayload p = payloads.get(i);
            inOrder = p.serial().equals(serial) && p.pages() == pages && p.page() == i % pages + 1;
        }
        return new Report(results, Optional.of(serial), pages, inOrder ? payloads.size() / pages : 0);
    }

    /** One sheet on its own. */
    public SheetResult check(PrintData.PrintedSheet sheet) {
        Optional<byte[]> code = SealCode.readGrid(sheet.code());
        if (code.isEmpty()) {
            return new SheetResult.Refused("認証コードを読み取れません / the signed code cannot be read");
        }
        SealVerdict verdict = verifier.verify(code.get());
        if (!(verdict instanceof SealVerdict.Genuine genuine)) {
            return new SheetResult.Refused(verdict.message());
        }
        SealPayload payload = genuine.payload();
        if (!MessageDigest.isEqual(payload.frontDigest(), sheet.front().digest())) {
            return new SheetResult.Refused("裏面が表面と一致しません / this back belongs to page " + payload.pageLabel()
                    + " of certificate " + payload.serial() + ", not to the front it is printed with");
        }
        ScrambleKey.Scramble scramble = ScrambleKey.derive(master, payload.serial(), payload.page())
                .scramble(ScrambleImage.blocks());
        Gray front = ScrambleImage.unscramble(sheet.scrambled(), scramble);
        double distance = FrontHash.distance(FrontHash.of(front), payload.frontHash());
        if (distance > FrontHash.SAME_FRONT_MAX_DISTANCE) {
            return new SheetResult.Refused(new BackReading.ScrambleMismatch(distance).message());
        }
        return new SheetResult.Genuine(payload, front, distance);
    }
}

package jp.konbini.kiosk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.JobSheets;
import javax.print.event.PrintJobAdapter;
import javax.print.event.PrintJobEvent;

/**
 * A printer of the system through {@code javax.print} ({@code --printer NAME} or the config's
 * {@code printer}). The PDF goes to the printer as it is ({@code application/pdf}); a printer that does
 * not take PDF is refused at start-up rather than fed pages rendered here, because the kiosk module does
 * not carry PDFBox. The document is streamed from the caller's buffer: no copy, no file of ours.
 */
final class SystemPrinter extends Printer {
    static final DocFlavor PDF = DocFlavor.INPUT_STREAM.PDF;

    /** Finding the printer: it, or the sentence that says why not. */
    sealed interface Lookup {
        record Found(SystemPrinter printer) implements Lookup {
        }

        record Missing(String message) implements Lookup {
        }
    }

    private final PrintService service;

    private SystemPrinter(PrintService service) {
        super(Path.of("printer:" + service.getName()));
        this.service = service;
    }

    /** The printer named {@code name} among the system's print services. */
    static Lookup find(String name) {
        return find(name, Arrays.asList(PrintServiceLookup.lookupPrintServices(null, null)));
    }

    static Lookup find(String name, List<PrintService> services) {
        if (services.isEmpty()) {
            return new Lookup.Missing("プリンタが見つかりません / no printers found (printer '" + name + "' was asked for)");
        }
        for (PrintService s : services) {
            if (s.getName().equals(name)) {
                if (!s.isDocFlavorSupported(PDF)) {
                    return new Lookup.Missing("プリンタ '" + name + "' はPDFを受け付けません / printer '" + name
                            + "' does not accept PDF (application/pdf); it accepts: " + mimeTypes(s));
                }
                return new Lookup.Found(new SystemPrinter(s));
            }
        }
        return new Lookup.Missing("プリンタ '" + name + "' がありません / no printer named '" + name + "'; printers found: "
                + services.stream().map(PrintService::getName).collect(Collectors.joining(", ")));
    }

    @Override
    void print(byte[] document) throws IOException {
        DocPrintJob job = service.createPrintJob();
        List<String> failures = new CopyOnWriteArrayList<>(); // listeners may run on the service's thread
        job.addPrintJobListener(new PrintJobAdapter() {
            @Override
            public void printJobFailed(PrintJobEvent e) {
                failures.add("the printer reported the job failed");
            }

            @Override
            public void printJobCanceled(PrintJobEvent e) {
                failures.add("the job was cancelled at the printer");
            }
        });
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName("konbini certificate", null)); // the queue shows no personal data
        // No banner page: the JDK asks for one by default, it wastes a sheet and a raw queue refuses the job.
        attributes.add(JobSheets.NONE);
        try {
            job.print(new SimpleDoc(new ByteArrayInputStream(document), PDF, null), attributes);
        } catch (PrintException e) {
            throw new IOException("printer '" + service.getName() + "' failed: " + e.getMessage(), e);
        }
        // The JDK's print services report a job's end before print() returns; a later failure is the
        // printer's own to show, as on any copier.
        if (!failures.isEmpty()) {
            throw new IOException("printer '" + service.getName() + "': " + failures.getFirst());
        }
    }

    private static String mimeTypes(PrintService s) {
        String types = Arrays.stream(s.getSupportedDocFlavors()).map(DocFlavor::getMimeType).distinct().limit(12)
                .collect(Collectors.joining(", "));
        return types.isEmpty() ? "nothing" : types;
    }
}

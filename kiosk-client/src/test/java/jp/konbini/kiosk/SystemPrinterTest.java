package jp.konbini.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.print.Doc;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.event.PrintJobEvent;
import javax.print.event.PrintJobListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@code --printer NAME}: found by name among the system's print services, refused with the reason when
 * absent or not taking PDF, and a failed job is an IOException (which IssueFlow reports as PRINT_FAILED).
 */
class SystemPrinterTest {
    private static final byte[] PDF = "%PDF-1.7 test".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** What the fake printer received, and how it ends the job. */
    private static final class FakeQueue {
        final List<byte[]> received = new ArrayList<>();
        final List<DocFlavor> flavors = new ArrayList<>();
        Integer endEvent = PrintJobEvent.DATA_TRANSFER_COMPLETE;
        boolean refuse;
    }

    @Test
    void withoutPrintersTheCommandSaysSo() {
        assertThat(SystemPrinter.find("shop-a4", List.of()))
                .isEqualTo(new SystemPrinter.Lookup.Missing("プリンタが見つかりません / no printers found (printer 'shop-a4' was asked for)"));
    }

    @Test
    void anUnknownNameListsThePrintersFound() {
        SystemPrinter.Lookup lookup = SystemPrinter.find("shop-a4", List.of(service("office", true, new FakeQueue()),
                service("label", true, new FakeQueue())));

        assertThat(lookup).isInstanceOfSatisfying(SystemPrinter.Lookup.Missing.class,
                m -> assertThat(m.message()).contains("no printer named 'shop-a4'", "printers found: office, label"));
    }

    @Test
    void aPrinterThatDoesNotTakePdfIsRefusedClearly() {
        SystemPrinter.Lookup lookup = SystemPrinter.find("shop-a4", List.of(service("shop-a4", false, new FakeQueue())));

        assertThat(lookup).isInstanceOfSatisfying(SystemPrinter.Lookup.Missing.class,
                m -> assertThat(m.message()).contains("does not accept PDF (application/pdf)", "it accepts: image/png"));
    }

    @Test
    void theRawPdfGoesToTheNamedPrinter() throws Exception {
        FakeQueue queue = new FakeQueue();
        SystemPrinter printer = found(service("shop-a4", true, queue));

        printer.print(PDF);

        assertThat(queue.received).containsExactly(PDF);
        assertThat(queue.flavors).containsExactly(DocFlavor.INPUT_STREAM.PDF);
        assertThat(printer.destination()).isEqualTo(Path.of("printer:shop-a4"));
    }

    @Test
    void aJobTheServiceRefusesIsAPrintFailure() {
        FakeQueue queue = new FakeQueue();
        queue.refuse = true;
        SystemPrinter printer = found(service("shop-a4", true, queue));

        assertThatThrownBy(() -> printer.print(PDF)).isInstanceOf(IOException.class).hasMessageContaining("shop-a4");
    }

    @Test
    void aJobThePrinterReportsFailedIsAPrintFailure() {
        FakeQueue queue = new FakeQueue();
        queue.endEvent = PrintJobEvent.JOB_FAILED;
        SystemPrinter printer = found(service("shop-a4", true, queue));

        assertThatThrownBy(() -> printer.print(PDF)).isInstanceOf(IOException.class).hasMessageContaining("failed");
    }

    /** For a developer with a CUPS queue: {@code -Dkonbini.test.printer=NAME} prints one test page on it. */
    @Test
    @EnabledIfSystemProperty(named = "konbini.test.printer", matches = ".+")
    void aRealPrinterOfTheSystemTakesThePdf() throws Exception {
        String name = System.getProperty("konbini.test.printer");
        SystemPrinter.Lookup lookup = SystemPrinter.find(name);
        assertThat(lookup).isInstanceOf(SystemPrinter.Lookup.Found.class);

        ((SystemPrinter.Lookup.Found) lookup).printer().print(PDF.clone());
    }

    private static SystemPrinter found(PrintService service) {
        return ((SystemPrinter.Lookup.Found) SystemPrinter.find(service.getName(), List.of(service))).printer();
    }

    /** A print service (and its jobs) answering only what SystemPrinter asks. */
    private static PrintService service(String name, boolean takesPdf, FakeQueue queue) {
        Object[] self = new Object[1];
        PrintService s = (PrintService) Proxy.newProxyInstance(SystemPrinterTest.class.getClassLoader(),
                new Class<?>[] {PrintService.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "isDocFlavorSupported" -> takesPdf && args[0].equals(DocFlavor.INPUT_STREAM.PDF);
                    case "getSupportedDocFlavors" -> takesPdf ? new DocFlavor[] {DocFlavor.INPUT_STREAM.PDF}
                            : new DocFlavor[] {DocFlavor.INPUT_STREAM.PNG};
                    case "createPrintJob" -> job((PrintService) self[0], queue);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> name;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        self[0] = s;
        return s;
    }

    private static DocPrintJob job(PrintService service, FakeQueue queue) {
        List<PrintJobListener> listeners = new ArrayList<>();
        Object[] self = new Object[1];
        DocPrintJob job = (DocPrintJob) Proxy.newProxyInstance(SystemPrinterTest.class.getClassLoader(),
                new Class<?>[] {DocPrintJob.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getPrintService" -> service;
                    case "addPrintJobListener" -> listeners.add((PrintJobListener) args[0]);
                    case "print" -> {
                        if (queue.refuse) {
                            throw new PrintException("queue disabled");
                        }
                        Doc doc = (Doc) args[0];
                        try (InputStream in = doc.getStreamForBytes()) {
                            queue.received.add(in.readAllBytes());
                        }
                        queue.flavors.add(doc.getDocFlavor());
                        PrintJobEvent end = new PrintJobEvent((DocPrintJob) self[0], queue.endEvent);
                        for (PrintJobListener l : listeners) {
                            switch (queue.endEvent) {
                                case PrintJobEvent.JOB_FAILED -> l.printJobFailed(end);
                                default -> l.printDataTransferCompleted(end);
                            }
                        }
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "job";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        self[0] = job;
        return job;
    }
}

package jp.konbini.tools;

import java.nio.file.Path;
import java.util.Optional;
import jp.konbini.kiosk.Kiosk;
import jp.konbini.protocol.ErrorCode;

/** Requests of a load run as the tests need them: times in milliseconds after the start, printed or refused. */
final class LoadRequests {
    private static final LoadRun.LabCard CARD = new LoadRun.LabCard(new Lab.CardPin(Path.of("card-0001.card"), "1234"), "052019");

    private LoadRequests() {
    }

    static LoadRun.Request printed(int n, long arrivedMs, long startedMs, long endedMs) {
        return request(n, new Kiosk.Outcome(0, "printed", Optional.of("S-" + n), Optional.empty()), arrivedMs, startedMs, endedMs);
    }

    static LoadRun.Request refused(int n, ErrorCode code, long arrivedMs, long endedMs) {
        return request(n, new Kiosk.Outcome(2, "refused", Optional.empty(), Optional.of(code)), arrivedMs, arrivedMs, endedMs);
    }

    private static LoadRun.Request request(int n, Kiosk.Outcome o, long arrivedMs, long startedMs, long endedMs) {
        return new LoadRun.Request(n, "kiosk-0001", CARD, o, Path.of("request-" + n + ".pdf"), arrivedMs * 1_000_000,
                startedMs * 1_000_000, endedMs * 1_000_000);
    }
}

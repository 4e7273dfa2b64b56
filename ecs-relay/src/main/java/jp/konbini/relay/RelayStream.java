package jp.konbini.relay;

import jp.konbini.node.HopTimer;

/**
 * One kiosk stream carried on one hub connection: the kiosk's own stream id on its side, an id the relay chose on
 * the hub's side. A kiosk names only its own ids, so it can neither see nor reach another kiosk's stream.
 */
final class RelayStream {
    private final KioskSession kiosk;
    private final int kioskStream;
    private final HubLink link;
    /** Times an issue stream from its ISSUE_REQUEST to its end; {@link HopTimer#NONE} for a challenge stream. */
    private final HopTimer timer;
    /** The id on the hub connection; set and read on the link's event loop only, 0 until opened. */
    int hubStream;
    /** Frames the kiosk sent on this stream; read and written on the kiosk's event loop only. */
    int framesFromKiosk;

    RelayStream(KioskSession kiosk, int kioskStream, HubLink link, HopTimer timer) {
        this.kiosk = kiosk;
        this.kioskStream = kioskStream;
        this.link = link;
        this.timer = timer;
    }

    KioskSession kiosk() {
        return kiosk;
    }

    int kioskStream() {
        return kioskStream;
    }

    HubLink link() {
        return link;
    }

    HopTimer timer() {
        return timer;
    }
}

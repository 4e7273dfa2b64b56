package jp.konbini.relay;

/**
 * One kiosk stream carried on one hub connection: the kiosk's own stream id on its side, an id the relay chose on
 * the hub's side. A kiosk names only its own ids, so it can neither see nor reach another kiosk's stream.
 */
final class RelayStream {
    private final KioskSession kiosk;
    private final int kioskStream;
    private final HubLink link;
    /** The id on the hub connection; set and read on the link's event loop only, 0 until opened. */
    int hubStream;
    /** Frames the kiosk sent on this stream; read and written on the kiosk's event loop only. */
    int framesFromKiosk;

    RelayStream(KioskSession kiosk, int kioskStream, HubLink link) {
        this.kiosk = kiosk;
        this.kioskStream = kioskStream;
        this.link = link;
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
}

package jp.konbini.relay;

import jp.konbini.node.HopTimer;
import jp.konbini.protocol.codec.Frame;

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
    private final Frame resendable;
    /** The id on the hub connection; set and read on the link's event loop only, 0 until opened. */
    int hubStream;
    /** Frames the kiosk sent on this stream; read and written on the kiosk's event loop only. */
    int framesFromKiosk;

    /**
     * @param timer      times an issue stream from its ISSUE_REQUEST to its end; {@link HopTimer#NONE} for a challenge stream
     * @param resendable the CHALLENGE_REQUEST that opened this stream, kept so that it can go to another hub if this
     *                   one refuses it unprocessed as it goes away; null for an issue stream (its challenge binds it
     *                   to this hub)
     */
    RelayStream(KioskSession kiosk, int kioskStream, HubLink link, HopTimer timer, Frame resendable) {
        this.kiosk = kiosk;
        this.kioskStream = kioskStream;
        this.link = link;
        this.timer = timer;
        this.resendable = resendable;
    }

    /** The same kiosk stream, to be opened again on another hub connection. */
    RelayStream movedTo(HubLink other) {
        RelayStream moved = new RelayStream(kiosk, kioskStream, other, timer, resendable);
        moved.framesFromKiosk = framesFromKiosk;
        return moved;
    }

    Frame resendable() {
        return resendable;
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

package jp.konbini.relay;

import jp.konbini.protocol.ErrorCode;

/** Chooses the hub connection a new kiosk stream goes on, and reserves its place there. */
interface LinkChooser {
    /** A place on a hub connection, or the answer the kiosk gets at once instead. */
    sealed interface Pick {
        record Chosen(HubLink link) implements Pick {
        }

        record Refused(ErrorCode code, String detail) implements Pick {
        }
    }

    /** A stream that starts a visit: it may go to any hub. */
    Pick pickNew();

    /**
     * A visit's stream stays with the connection of the kiosk's last one, also after its hub's GOAWAY (the hub
     * still serves a visit begun there), or waits with BUSY: another hub would not know the challenge it answers.
     * Only when that connection is gone does it go where a new visit would (there the hub refuses the challenge).
     *
     * @param preferred the connection this kiosk used last while it is mid-visit (holds a challenge or has a stream
     *                  open); null between visits
     */
    default Pick pick(HubLink preferred) {
        if (preferred != null && preferred.takesFollowUps()) {
            return preferred.reserveFollowUp() ? new Pick.Chosen(preferred)
                    : new Pick.Refused(ErrorCode.BUSY, "hub connection full");
        }
        return pickNew();
    }
}

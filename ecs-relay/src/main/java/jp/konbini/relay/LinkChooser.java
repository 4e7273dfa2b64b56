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

    /**
     * @param preferred the connection this kiosk used last while it is mid-visit (holds a challenge or has a stream
     *                  open), so that a challenge and the request that answers it meet the same hub connection;
     *                  null between visits, when the stream is free to go to any hub
     */
    Pick pick(HubLink preferred);
}

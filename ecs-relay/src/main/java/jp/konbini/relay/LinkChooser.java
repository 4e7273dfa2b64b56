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
     * @param preferred the connection this kiosk used last (a challenge and the request that answers it then meet
     *                  the same hub connection), or null
     */
    Pick pick(HubLink preferred);
}

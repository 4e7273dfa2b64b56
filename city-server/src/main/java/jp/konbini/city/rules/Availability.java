package jp.konbini.city.rules;

import jp.konbini.protocol.ErrorCode;

/** Whether a certificate may be issued at a moment: open, or closed with the code the kiosk shows. */
public sealed interface Availability {
    record Open() implements Availability {
    }

    record Closed(ErrorCode code, String why) implements Availability {
    }
}

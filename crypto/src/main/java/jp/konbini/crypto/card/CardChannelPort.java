package jp.konbini.crypto.card;

import java.io.IOException;

/**
 * One ISO 7816-4 channel to a card: a command APDU in, the response APDU (data, then SW1 SW2) out.
 * The kiosk drives the JPKI applet through this alone, so an emulated card, a virtual card behind
 * pcscd and a real My Number card in a reader are the same to it.
 */
public interface CardChannelPort {

    /**
     * Sends one short command APDU and returns the whole response, status word included.
     *
     * @throws IOException if the card or the reader cannot be reached (card removed, reader gone)
     */
    byte[] transmit(byte[] commandApdu) throws IOException;
}

package jp.konbini.tools;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import jp.konbini.crypto.card.JpkiApplet;

/**
 * One connection of a virtual card to vsmartcard's vpcd, the virtual reader driver inside pcscd.
 * vpcd listens (port 35963 for its first reader) and the card dials it. Every message either way is a
 * 2-byte big-endian length and that many bytes. A 1-byte message from vpcd is a control code: 00 power
 * off, 01 power on, 02 reset, 04 "send your ATR"; anything longer is a command APDU, answered with the
 * response APDU.
 */
final class VpcdLink {
    static final int CTRL_POWER_OFF = 0x00;
    static final int CTRL_POWER_ON = 0x01;
    static final int CTRL_RESET = 0x02;
    static final int CTRL_ATR = 0x04;

    private final JpkiApplet card;

    VpcdLink(JpkiApplet card) {
        this.card = card;
    }

    /** Answers vpcd until it closes the connection; returns how many APDUs were answered. */
    long serve(Socket socket) throws IOException {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        DataOutputStream out = new DataOutputStream(socket.getOutputStream());
        long apdus = 0;
        while (true) {
            int length;
            try {
                length = in.readUnsignedShort();
            } catch (EOFException e) {
                return apdus;
            }
            byte[] message = in.readNBytes(length);
            if (message.length != length) {
                return apdus;
            }
            if (length == 1) {
                switch (message[0] & 0xFF) {
                    case CTRL_POWER_OFF, CTRL_POWER_ON, CTRL_RESET -> card.reset();
                    case CTRL_ATR -> send(out, JpkiApplet.atr());
                    default -> { } // vpcd sends no other control codes; a card ignores what it does not know
                }
            } else if (length > 1) {
                send(out, card.transmit(message));
                apdus++;
            }
        }
    }

    private static void send(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeShort(bytes.length);
        out.write(bytes);
        out.flush();
    }
}

package jp.konbini.kiosk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiFunction;
import jp.konbini.crypto.card.CardChannelPort;

/**
 * A channel between the kiosk and a card that keeps every command (as lower-case hex) and lets a test
 * replace the card's answers, to see what the kiosk does with a card that misbehaves.
 */
final class RecordingChannel implements CardChannelPort {
    private static final HexFormat HEX = HexFormat.of();

    private final CardChannelPort card;
    private final List<String> commands = new ArrayList<>();
    private BiFunction<String, byte[], byte[]> tamper = (command, response) -> response;

    RecordingChannel(CardChannelPort card) {
        this.card = card;
    }

    /** From now on the kiosk sees {@code tamper(command hex, card's response)}. */
    RecordingChannel tamper(BiFunction<String, byte[], byte[]> tamper) {
        this.tamper = tamper;
        return this;
    }

    List<String> commands() {
        return List.copyOf(commands);
    }

    void clear() {
        commands.clear();
    }

    @Override
    public byte[] transmit(byte[] commandApdu) throws IOException {
        String hex = HEX.formatHex(commandApdu);
        commands.add(hex);
        return tamper.apply(hex, card.transmit(commandApdu));
    }
}

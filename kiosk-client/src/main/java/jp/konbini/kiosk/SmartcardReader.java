package jp.konbini.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.TerminalFactory;
import jp.konbini.crypto.card.CardChannelPort;

/**
 * A card in a PC/SC reader, through {@code javax.smartcardio} (pcscd on Linux): a real My Number card,
 * or the emulated card served to vsmartcard's virtual reader. The reader is named on the command line;
 * when it is not there the message lists the readers that are.
 */
final class SmartcardReader implements CardChannelPort, AutoCloseable {
    /** Debian ships only the versioned library, which the JDK does not look for by itself. */
    private static final Path DEBIAN_PCSC_LIBRARY = Path.of("/usr/lib/x86_64-linux-gnu/libpcsclite.so.1");
    private static final String LIBRARY_PROPERTY = "sun.security.smartcardio.library";
    private static final long CARD_WAIT_MILLIS = 3_000;

    private final javax.smartcardio.Card card;
    private final CardChannel channel;

    private SmartcardReader(javax.smartcardio.Card card) {
        this.card = card;
        this.channel = card.getBasicChannel();
    }

    /**
     * Connects to the card in the reader called {@code name} (or the one reader whose name starts with it).
     *
     * @throws IOException with a sentence for the screen when there is no PC/SC service, no such reader or no card in it
     */
    static SmartcardReader connect(String name) throws IOException {
        if (System.getProperty(LIBRARY_PROPERTY) == null && Files.exists(DEBIAN_PCSC_LIBRARY)) {
            System.setProperty(LIBRARY_PROPERTY, DEBIAN_PCSC_LIBRARY.toString());
        }
        List<CardTerminal> terminals;
        try {
            terminals = TerminalFactory.getDefault().terminals().list();
        } catch (CardException | RuntimeException e) {
            throw new IOException("no card reader found (is pcscd running and a reader attached?): " + reason(e), e);
        }
        if (terminals.isEmpty()) {
            // pcscd not running and no reader attached look the same from here
            throw new IOException("no card reader found (is pcscd running and a reader attached?)");
        }
        List<String> names = terminals.stream().map(CardTerminal::getName).toList();
        List<CardTerminal> matching = terminals.stream().filter(t -> t.getName().equals(name)).toList();
        if (matching.isEmpty()) {
            matching = terminals.stream().filter(t -> t.getName().startsWith(name)).toList();
        }
        if (matching.size() != 1) {
            throw new IOException((matching.isEmpty() ? "no card reader named '" : "more than one card reader named '")
                    + name + "'; readers present: " + names);
        }
        CardTerminal terminal = matching.getFirst();
        try {
            // a card just put on the reader takes pcscd a moment to notice, as it does at the copier
            if (!terminal.waitForCardPresent(CARD_WAIT_MILLIS)) {
                throw new IOException("no card in the reader '" + terminal.getName() + "'");
            }
            return new SmartcardReader(terminal.connect("*"));
        } catch (CardException e) {
            throw new IOException("cannot connect to the card in '" + terminal.getName() + "': " + reason(e), e);
        }
    }

    @Override
    public byte[] transmit(byte[] commandApdu) throws IOException {
        try {
            return channel.transmit(new CommandAPDU(commandApdu)).getBytes();
        } catch (CardException | IllegalStateException e) {
            throw new IOException("the card stopped answering: " + reason(e), e);
        }
    }

    @Override
    public void close() {
        try {
            card.disconnect(false);
        } catch (CardException | IllegalStateException e) {
            // the card is gone already; nothing to release
        }
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}

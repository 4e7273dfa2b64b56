package jp.konbini.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Set;
import jp.konbini.crypto.card.CardFile;
import jp.konbini.crypto.card.JpkiApplet;
import jp.konbini.node.CommandLine;

/**
 * {@code konbini tools card serve}: puts an emulated card into vsmartcard's virtual reader, so that
 * pcscd, {@code javax.smartcardio} and the kiosk's {@code --reader} path run against it exactly as
 * against a real My Number card in a real reader.
 */
final class CardServeCommand implements ToolsMain.Command {
    static final int VPCD_PORT = 35963;
    private static final int RETRY_MILLIS = 200;

    @Override
    public String usage() {
        return """
                usage: konbini tools card serve --card FILE [--host 127.0.0.1] [--port 35963]

                Connects the emulated card FILE to vsmartcard's virtual reader (vpcd, inside pcscd; Debian
                packages pcscd and vsmartcard-vpcd) and answers its APDUs as the card's JPKI applet does,
                PIN counter included, until stopped (Ctrl-C / SIGTERM). While vpcd is not there it keeps
                trying; when vpcd drops the card it connects again. The reader then appears to PC/SC as
                'Virtual PCD 00 00': use it with 'konbini kiosk issue --reader "Virtual PCD"'.""";
    }

    @Override
    public int run(String[] args, PrintStream out) throws Exception {
        CommandLine cl = CommandLine.parse(args, Set.of("card", "host", "port"), Set.of());
        Path file = Path.of(cl.require("card"));
        String host = cl.get("host").orElse("127.0.0.1");
        int port = PkiInitCommand.Numbers.parse(cl.get("port"), VPCD_PORT, 1, 65535, "--port");
        VpcdLink link = new VpcdLink(new JpkiApplet(CardFile.open(file)));
        boolean waitingSaid = false;
        while (!Thread.currentThread().isInterrupted()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 2_000);
                socket.setTcpNoDelay(true);
                out.println("card " + file.getFileName() + " inserted into vpcd at " + host + ":" + port);
                waitingSaid = false;
                long apdus = link.serve(socket);
                out.println("vpcd closed the connection after " + apdus + " APDUs; reconnecting");
            } catch (IOException e) {
                if (!waitingSaid) {
                    out.println("waiting for vpcd at " + host + ":" + port + " (" + e.getMessage() + ")");
                    waitingSaid = true;
                }
                // vpcd appears only once pcscd has loaded its driver; poll gently until then.
                Thread.sleep(RETRY_MILLIS);
            }
        }
        return 0;
    }
}

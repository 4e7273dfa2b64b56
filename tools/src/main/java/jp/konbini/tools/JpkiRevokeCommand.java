package jp.konbini.tools;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import jp.konbini.crypto.card.CardFile;
import jp.konbini.crypto.pki.JpkiRevocations;
import jp.konbini.crypto.pki.PkiLayout;
import jp.konbini.node.CommandLine;
import jp.konbini.node.UsageException;

/**
 * {@code konbini tools jpki revoke}: the JPKI CA revokes a card's user-authentication certificate (as
 * when a card is reported lost), records it in its folder and publishes a new CRL beside it. The OCSP
 * responder ({@code tools jpki ocsp}) answers "revoked" from the next request on.
 */
final class JpkiRevokeCommand implements ToolsMain.Command {
    /** How long a CRL written here says it is current. */
    static final Duration CRL_VALIDITY = Duration.ofHours(1);
    static final String CRL_FILE = "jpki.crl";

    @Override
    public String usage() {
        return """
                usage: konbini tools jpki revoke --pki DIR --card FILE

                Revokes the user-authentication certificate on the emulated card FILE: records it in
                DIR/ca/jpki/revoked.tsv and writes the JPKI CA's new CRL to DIR/ca/jpki/jpki.crl (DER).
                A running 'konbini tools jpki ocsp --pki DIR' answers for it at once; hubs that cached a
                good answer believe it until their jpki.revocation.max-age.seconds runs out.""";
    }

    @Override
    public int run(String[] args, PrintStream out) throws Exception {
        CommandLine cl = CommandLine.parse(args, Set.of("pki", "card"), Set.of());
        Path caDir = new PkiLayout(Path.of(cl.require("pki"))).caDirectory(PkiLayout.JPKI);
        Path card = Path.of(cl.require("card"));
        JpkiRevocations ca = JpkiRevocations.load(caDir);
        var certificate = CardFile.open(card).certificate();
        if (!ca.issued(certificate)) {
            throw new UsageException(card + " holds a certificate of another CA, not of " + caDir);
        }
        Instant now = Instant.now();
        boolean revokedNow = ca.revoke(certificate.getSerialNumber(), now);
        Files.write(caDir.resolve(CRL_FILE), ca.crl(now, CRL_VALIDITY).getEncoded());
        out.println((revokedNow ? "revoked" : "already revoked:") + " the certificate on " + card.getFileName()
                + "; CRL published to " + caDir.resolve(CRL_FILE) + " (" + ca.all().size() + " revoked in all)");
        return 0;
    }
}

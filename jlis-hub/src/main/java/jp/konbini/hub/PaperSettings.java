package jp.konbini.hub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import jp.konbini.crypto.Pem;
import jp.konbini.node.ConfigException;
import jp.konbini.node.NodeConfig;
import jp.konbini.render.paper.PrinterProfile;

/**
 * The hub's paper-security keys and printer profile ({@code paper.*} in hub.conf, written by
 * {@code konbini tools pki init} under {@code pki/paper/}). Without {@code paper.scramble.key} the hub
 * forwards the city's document unchanged.
 */
record PaperSettings(byte[] masterScrambleKey, KeyPair sealKeys, PrinterProfile printerProfile) {

    static final List<String> KEYS = List.of("paper.scramble.key", "paper.seal.key", "paper.seal.public",
            "paper.printer.profile");

    static Optional<PaperSettings> load(NodeConfig c) throws ConfigException {
        Optional<NodeConfig.Entry> scramble = c.optional("paper.scramble.key");
        if (scramble.isEmpty()) {
            return Optional.empty();
        }
        byte[] master;
        try {
            master = HexFormat.of().parseHex(Files.readString(c.existingPath(scramble.get()), StandardCharsets.US_ASCII).strip());
        } catch (IOException | IllegalArgumentException e) {
            throw c.error(scramble.get(), "cannot read the master scramble key (64 hex digits): " + e.getMessage());
        }
        if (master.length != 32) {
            throw c.error(scramble.get(), "the master scramble key must be 32 bytes (64 hex digits)");
        }
        NodeConfig.Entry sealKey = c.require("paper.seal.key");
        NodeConfig.Entry sealPublic = c.require("paper.seal.public");
        PrivateKey privateKey;
        try {
            privateKey = Pem.readPrivateKey(c.existingPath(sealKey));
        } catch (IOException | IllegalArgumentException e) {
            throw c.error(sealKey, "cannot read the seal-signing key: " + e.getMessage());
        }
        PublicKey publicKey;
        try {
            publicKey = readPublicKey(c.existingPath(sealPublic));
        } catch (IOException | IllegalArgumentException | GeneralSecurityException e) {
            throw c.error(sealPublic, "cannot read the seal public key: " + e.getMessage());
        }
        if (!"EC".equals(privateKey.getAlgorithm())) {
            throw c.error(sealKey, "the seal-signing key must be an EC P-256 key");
        }
        PrinterProfile profile = PrinterProfile.OFFICE_LASER;
        Optional<NodeConfig.Entry> p = c.optional("paper.printer.profile");
        if (p.isPresent()) {
            try {
                profile = PrinterProfile.parse(p.get().value());
            } catch (IllegalArgumentException e) {
                throw c.error(p.get(), e.getMessage());
            }
        }
        return Optional.of(new PaperSettings(master, new KeyPair(publicKey, privateKey), profile));
    }

    /** A PEM "PUBLIC KEY" (SubjectPublicKeyInfo) block. */
    static PublicKey readPublicKey(Path file) throws IOException, GeneralSecurityException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        int from = pem.indexOf("-----BEGIN PUBLIC KEY-----");
        int to = pem.indexOf("-----END PUBLIC KEY-----");
        if (from < 0 || to < from) {
            throw new IllegalArgumentException(file + ": no PUBLIC KEY block");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(from + 26, to));
        return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
    }
}

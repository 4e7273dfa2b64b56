package jp.konbini.node;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.konbini.crypto.CidrRange;
import jp.konbini.crypto.PeerRule;
import jp.konbini.crypto.Role;

/**
 * Reads allow-list lines. A peer line reads {@code role=relay issuer=ca.crt.pem cn=relay-1} (and/or
 * {@code spki=<sha256 hex>}): the role its certificate must carry, the CA that must have issued it, and
 * its name or pinned key.
 */
public final class PeerRules {
    private PeerRules() {
    }

    public static PeerRule parse(NodeConfig config, NodeConfig.Entry entry) throws ConfigException {
        Map<String, String> fields = new HashMap<>();
        for (String part : entry.value().split("\\s+")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw config.error(entry, "expected name=value pairs (role=, issuer=, cn=, spki=), found '" + part + "'");
            }
            String name = part.substring(0, eq);
            if (!List.of("role", "issuer", "cn", "spki").contains(name)) {
                throw config.error(entry, "unknown field '" + name + "'; use role=, issuer=, cn=, spki=");
            }
            if (fields.put(name, part.substring(eq + 1)) != null) {
                throw config.error(entry, "field '" + name + "' given twice");
            }
        }
        String roleText = fields.get("role");
        if (roleText == null) {
            throw config.error(entry, "role= is required (city, hub, relay or kiosk)");
        }
        Role role = Role.parse(roleText).orElseThrow(
                () -> config.error(entry, "unknown role '" + roleText + "' (city, hub, relay or kiosk)"));
        String issuerPath = fields.get("issuer");
        if (issuerPath == null) {
            throw config.error(entry, "issuer= is required (the CA certificate that issues this peer)");
        }
        X509Certificate issuer = NodeSettings.readCertificates(config,
                new NodeConfig.Entry(entry.key(), issuerPath, entry.line())).get(0);
        Optional<String> cn = Optional.ofNullable(fields.get("cn"));
        Optional<String> spki = Optional.ofNullable(fields.get("spki"));
        if (cn.isEmpty() && spki.isEmpty()) {
            throw config.error(entry, "give cn= or spki= (or both): a role alone would admit any peer of that CA");
        }
        if (spki.isPresent() && !spki.get().matches("[0-9a-fA-F]{64}")) {
            throw config.error(entry, "spki= must be 64 hex digits (SHA-256 of the SubjectPublicKeyInfo)");
        }
        return new PeerRule(role, issuer, cn, spki.map(String::toLowerCase));
    }

    public static List<PeerRule> parseAll(NodeConfig config, String key) throws ConfigException {
        List<PeerRule> rules = new ArrayList<>();
        for (NodeConfig.Entry e : config.all(key)) {
            rules.add(parse(config, e));
        }
        return rules;
    }

    public static List<CidrRange> sources(NodeConfig config) throws ConfigException {
        List<CidrRange> ranges = new ArrayList<>();
        for (NodeConfig.Entry e : config.all("allow.source")) {
            try {
                ranges.add(CidrRange.parse(e.value()));
            } catch (IllegalArgumentException ex) {
                throw config.error(e, "not a CIDR range: " + ex.getMessage());
            }
        }
        return ranges;
    }
}

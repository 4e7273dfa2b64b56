package jp.konbini.render.paper;

import java.security.PublicKey;

/**
 * A city seal key the verifier knows.
 *
 * @param issuer who holds it, for the verdict (e.g. a city code)
 * @param current false for a retired key: codes it signed are reported as signed by an old key
 */
public record TrustedSealKey(String issuer, PublicKey publicKey, boolean current) {
}

/**
 * The demo PKI, for the operator's tools only ({@code bin/konbini tools pki init}): root
 * {@link jp.konbini.crypto.pki.CertificateAuthority certificate authorities}, node and card issuance,
 * and the on-disk {@link jp.konbini.crypto.pki.PkiLayout layout} that {@link jp.konbini.crypto.pki.PkiInit}
 * creates from a {@link jp.konbini.crypto.pki.PkiSpec}.
 */
package jp.konbini.crypto.pki;

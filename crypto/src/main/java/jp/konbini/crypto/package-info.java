/**
 * Keys, certificates and the security of the links between nodes.
 *
 * <ul>
 *   <li>{@link jp.konbini.crypto.Pem} and {@link jp.konbini.crypto.NodeIdentity}: a node's key and
 *       certificate from PEM files; {@link jp.konbini.crypto.Role} in the certificate's OU, node id in its CN.
 *   <li>{@link jp.konbini.crypto.TlsContexts}: TLS 1.3 with client certificates on every hop
 *       (kiosk → relay → hub → city).
 *   <li>{@link jp.konbini.crypto.AllowList}: LGWAN-style isolation; every node's pipeline starts
 *       {@link jp.konbini.crypto.SourceAddressFilter} → {@code SslHandler} →
 *       {@link jp.konbini.crypto.PeerCertificateCheck} → frame codec → application.
 *   <li>{@link jp.konbini.crypto.JpkiCertificateValidator} and {@link jp.konbini.crypto.CardSignatures}:
 *       the hub's check of a My Number card's 利用者証明用電子証明書 and of what the card signed.
 * </ul>
 *
 * <p>The JDK provider does hashing, symmetric encryption and signatures (it is far faster than a
 * pure-Java one); BouncyCastle parses PEM and builds certificates.
 */
package jp.konbini.crypto;

package jp.konbini.crypto.pki;

import io.netty.util.NetUtil;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import jp.konbini.crypto.Pem;
import jp.konbini.crypto.Role;
import jp.konbini.crypto.internal.Certificates;
import jp.konbini.crypto.internal.KeyMatch;
import jp.konbini.crypto.internal.SecureFiles;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A root certificate authority of the demo PKI: the J-LIS network CA (cities, hub, relays), the store
 * operator's CA (kiosks) and the JPKI CA (residents' cards). BouncyCastle builds the certificates; the
 * JDK provider makes the keys and signatures.
 *
 * <p>A new root has an <b>EC P-256</b> key: it is generated in milliseconds (an RSA-2048 key takes
 * about a tenth of a second, often more), signs faster, and makes smaller certificates and TLS 1.3
 * handshakes; every JDK verifies it. Only the cards' own keys are RSA-2048, because the JPKI card's are.
 * A loaded CA may also be RSA.
 */
public final class CertificateAuthority {

    static final String CERTIFICATE_FILE = "ca.crt.pem";
    static final String KEY_FILE = "ca.key.pem";
    /** Back-dating absorbs clock skew between the hosts of a freshly issued PKI. */
    private static final Duration BACKDATE = Duration.ofHours(1);
    private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,62}");
    private static final Pattern DNS_NAME = Pattern.compile(
            "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final X509Certificate certificate;
    private final PrivateKey key;

    private CertificateAuthority(X509Certificate certificate, PrivateKey key) {
        this.certificate = certificate;
        this.key = key;
    }

    /** A new self-signed root {@code CN=commonName, O=organization}, valid from now for {@code validity}. */
    public static CertificateAuthority createRoot(String commonName, String organization, Duration validity) {
        requireText(commonName, "commonName");
        requireText(organization, "organization");
        requirePositive(validity);
        KeyPair keys = KeyPairs.ecP256();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, organization)
                .addRDN(BCStyle.CN, commonName)
                .build();
        Instant now = Instant.now();
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serialNumber(),
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(validity)), name, keys.getPublic())
                    // pathLen 0: a root of this PKI signs end-entity certificates only.
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
            return new CertificateAuthority(sign(builder, keys.getPrivate()), keys.getPrivate());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the root certificate: " + e.getMessage(), e);
        }
    }

    /** Reads {@code ca.crt.pem} and {@code ca.key.pem} from {@code dir}. */
    public static CertificateAuthority load(Path dir) throws IOException {
        Path certificateFile = dir.resolve(CERTIFICATE_FILE);
        Path keyFile = dir.resolve(KEY_FILE);
        X509Certificate certificate = Pem.readCertificates(certificateFile).getFirst();
        PrivateKey key = Pem.readPrivateKey(keyFile);
        if (certificate.getBasicConstraints() < 0) {
            throw new IllegalArgumentException(certificateFile + " is not a CA certificate");
        }
        if (!KeyMatch.matches(key, certificate.getPublicKey())) {
            throw new IllegalArgumentException(keyFile + " does not hold the key of " + certificateFile);
        }
        return new CertificateAuthority(certificate, key);
    }

    /** Writes {@code ca.crt.pem} and {@code ca.key.pem} (0600) into {@code dir} (created 0700). */
    public void save(Path dir) throws IOException {
        SecureFiles.createPrivateDirectory(dir);
        Pem.writePrivateKey(dir.resolve(KEY_FILE), key);
        Pem.writeCertificates(dir.resolve(CERTIFICATE_FILE), List.of(certificate));
    }

    /** This CA's own (self-signed) certificate: the trust anchor to give peers. */
    public X509Certificate certificate() {
        return certificate;
    }

    /**
     * A node certificate {@code CN=nodeId, OU=role, O=<this CA's O>} for both TLS sides (EKU serverAuth
     * and clientAuth, keyUsage digitalSignature). Each subject alternative name that is an IP literal
     * becomes an iPAddress entry, any other a dNSName.
     */
    public X509Certificate issueNode(Role role, String nodeId, PublicKey key, List<String> subjectAltNames,
            Duration validity) {
        Objects.requireNonNull(role, "role");
        if (nodeId == null || !NODE_ID.matcher(nodeId).matches()) {
            throw new IllegalArgumentException("a node id is 1-63 letters, digits, '.' or '-', starting with a letter or digit: "
                    + nodeId);
        }
        requirePositive(validity);
        X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE);
        Certificates.organization(certificate).ifPresent(organization -> subject.addRDN(BCStyle.O, organization));
        subject.addRDN(BCStyle.OU, role.id()).addRDN(BCStyle.CN, nodeId);
        Instant now = Instant.now();
        try {
            X509v3CertificateBuilder builder = endEntity(subject.build(), now.minus(BACKDATE), now.plus(validity), key)
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[] {
                            KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
            if (!subjectAltNames.isEmpty()) {
                builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames(subjectAltNames));
            }
            return sign(builder, this.key);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue the certificate of " + nodeId + ": " + e.getMessage(), e);
        }
    }

    /**
     * A JPKI user-authentication certificate (利用者証明用電子証明書) for a card's RSA key. Like the real
     * one it names no person and no address: the subject is only {@code C=JP, CN=certificateSerialName}.
     * keyUsage digitalSignature, EKU clientAuth.
     */
    public X509Certificate issueCard(PublicKey rsaKey, String certificateSerialName, Instant notBefore, Instant notAfter) {
        if (!(rsaKey instanceof RSAPublicKey)) {
            throw new IllegalArgumentException("a JPKI card key is RSA, got " + rsaKey.getAlgorithm());
        }
        if (certificateSerialName == null || certificateSerialName.isBlank()
                || !certificateSerialName.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("a certificate serial name is printable ASCII without spaces");
        }
        if (!notBefore.isBefore(notAfter)) {
            throw new IllegalArgumentException("notBefore " + notBefore + " is not before notAfter " + notAfter);
        }
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "JP")
                .addRDN(BCStyle.CN, certificateSerialName)
                .build();
        try {
            X509v3CertificateBuilder builder = endEntity(subject, notBefore, notAfter, rsaKey)
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
            return sign(builder, key);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue the card certificate: " + e.getMessage(), e);
        }
    }

    private X509v3CertificateBuilder endEntity(X500Name subject, Instant notBefore, Instant notAfter, PublicKey key)
            throws IOException, GeneralSecurityException {
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        return new JcaX509v3CertificateBuilder(certificate, serialNumber(), Date.from(notBefore), Date.from(notAfter),
                subject, key)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key))
                .addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(certificate));
    }

    private static GeneralNames alternativeNames(List<String> names) {
        GeneralName[] entries = new GeneralName[names.size()];
        for (int i = 0; i < entries.length; i++) {
            String name = names.get(i);
            if (NetUtil.createByteArrayFromIpAddressString(name) != null && name.indexOf('%') < 0) {
                entries[i] = new GeneralName(GeneralName.iPAddress, name);
            } else if (DNS_NAME.matcher(name).matches()) {
                entries[i] = new GeneralName(GeneralName.dNSName, name);
            } else {
                throw new IllegalArgumentException("not an IP address or DNS name: \"" + name + "\"");
            }
        }
        return new GeneralNames(entries);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signingKey)
            throws CertificateException {
        String algorithm = switch (signingKey.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new IllegalStateException("cannot sign with a " + signingKey.getAlgorithm() + " key");
        };
        try {
            byte[] der = builder.build(new JcaContentSignerBuilder(algorithm).build(signingKey)).getEncoded();
            return Certificates.parseDer(der);
        } catch (OperatorCreationException | IOException e) {
            throw new CertificateException("signing failed: " + e.getMessage(), e);
        }
    }

    // 127 random bits, positive and non-zero: unique without bookkeeping, within RFC 5280's 20 octets.
    private static BigInteger serialNumber() {
        return new BigInteger(127, RANDOM).setBit(0);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }

    private static void requirePositive(Duration validity) {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive, got " + validity);
        }
    }
}

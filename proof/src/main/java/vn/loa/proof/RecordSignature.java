package vn.loa.proof;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 (JDK 17, no library): the agent's key pair made at enrolment, its records signed over their canonical
 * text, and the check the server and the offline verifier make. Keys travel and are kept as Base64 of their
 * standard encodings (X.509 for the public key, PKCS#8 for the private one), signatures as Base64.
 */
public final class RecordSignature {

    private static final String ALGORITHM = "Ed25519";

    private RecordSignature() {
    }

    public static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK 17 has Ed25519", e);
        }
    }

    public static String publicKeyText(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static String privateKeyText(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** The private key kept as {@link #privateKeyText}. */
    public static PrivateKey privateKey(String text) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        }
    }

    /** True when the text is an Ed25519 public key as {@link #publicKeyText} writes it. */
    public static boolean isPublicKey(String text) {
        try {
            publicKey(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static String sign(PrivateKey key, String canonical) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(canonical.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with Ed25519", e);
        }
    }

    /** False for a wrong signature, and for a key or signature that is not even well formed. */
    public static boolean verify(String publicKeyText, String canonical, String signature) {
        if (publicKeyText == null || signature == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey(publicKeyText));
            verifier.update(canonical.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static PublicKey publicKey(String text) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(text.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }
}

package energy.mwolo.audit.checkpoints.model;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The service's own Ed25519 key pair, which signs checkpoints. Its id is the first 16 bytes (hex) of SHA-256 over
 * the public key's X.509 encoding.
 */
public final class SigningKey {

    public static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String id;

    private SigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.id = idOf(publicKey);
    }

    public static SigningKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new SigningKey(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot generate " + ALGORITHM + " keys", e);
        }
    }

    /**
     * The pair from its base64 encodings (PKCS#8 private key, X.509 public key).
     *
     * @throws IllegalArgumentException if either does not decode, or they are not one pair
     */
    public static SigningKey decode(String privateKeyBase64, String publicKeyBase64) {
        try {
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            PrivateKey privateKey = keys.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKeyBase64.strip())));
            SigningKey key = new SigningKey(privateKey, publicKey(publicKeyBase64));
            byte[] probe = "mwolo-audit key pair probe".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            if (!verify(key.publicKey, probe, key.sign(probe))) {
                throw new IllegalArgumentException("The private and public signing keys are not one pair");
            }
            return key;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a usable " + ALGORITHM + " key pair: " + e.getMessage(), e);
        }
    }

    /** A public key from its base64 X.509 encoding. */
    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an " + ALGORITHM + " public key: " + e.getMessage(), e);
        }
    }

    public static String idOf(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean verify(PublicKey key, byte[] statement, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(statement);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    byte[] sign(byte[] statement) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(statement);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a checkpoint", e);
        }
    }

    public String id() {
        return id;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    public String privateKeyBase64() {
        return Base64.getEncoder().encodeToString(privateKey.getEncoded());
    }
}

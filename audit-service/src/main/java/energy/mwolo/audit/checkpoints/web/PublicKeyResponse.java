package energy.mwolo.audit.checkpoints.web;

import energy.mwolo.audit.checkpoints.application.ListingCheckpoints;

/**
 * The key that verifies checkpoints: {@code public_key} is base64 X.509, {@code pem} the same as PEM. It is the
 * service's current signing key: checkpoints signed before a key rotation carry another {@code key_id}.
 *
 * @param algorithm the key's algorithm, {@code Ed25519}
 * @param keyId     the key's id, as checkpoints name it in {@code key_id}: the first 16 bytes, in hex, of SHA-256
 *                  over the public key's X.509 encoding
 * @param publicKey the public key, base64 of its X.509 (SubjectPublicKeyInfo) encoding
 * @param pem       the same key as a PEM {@code PUBLIC KEY} block
 */
record PublicKeyResponse(String algorithm, String keyId, String publicKey, String pem) {

    static PublicKeyResponse from(ListingCheckpoints.PublicKey key) {
        String pem = "-----BEGIN PUBLIC KEY-----\n" + key.base64() + "\n-----END PUBLIC KEY-----\n";
        return new PublicKeyResponse(key.algorithm(), key.keyId(), key.base64(), pem);
    }
}

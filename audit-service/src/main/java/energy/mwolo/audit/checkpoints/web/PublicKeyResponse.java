package energy.mwolo.audit.checkpoints.web;

import energy.mwolo.audit.checkpoints.application.ListingCheckpoints;

/** The key that verifies checkpoints: {@code public_key} is base64 X.509, {@code pem} the same as PEM. */
record PublicKeyResponse(String algorithm, String keyId, String publicKey, String pem) {

    static PublicKeyResponse from(ListingCheckpoints.PublicKey key) {
        String pem = "-----BEGIN PUBLIC KEY-----\n" + key.base64() + "\n-----END PUBLIC KEY-----\n";
        return new PublicKeyResponse(key.algorithm(), key.keyId(), key.base64(), pem);
    }
}

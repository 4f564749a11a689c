package energy.mwolo.platform.idempotency;

/** What a retry gets back: the first answer's status, content type, {@code Location} and body, byte for byte. */
record StoredResponse(String requestHash, int status, String contentType, String location, byte[] body) {

    StoredResponse {
        body = body == null ? new byte[0] : body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}

package energy.mwolo.audit.checkpoints.storage;

import energy.mwolo.audit.checkpoints.model.Checkpoint;
import energy.mwolo.audit.checkpoints.model.Checkpoints;
import energy.mwolo.audit.log.model.Hash;
import energy.mwolo.platform.storage.FileStorage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checkpoint {@code n} is the JSON file {@code audit/checkpoints/<n, 10 digits>.json}; {@code audit/checkpoints/latest}
 * holds the latest number. The file is written before the pointer, so a crash between the two leaves a checkpoint
 * that the next one overwrites. A number whose file is missing is skipped when listing.
 */
@Repository
class StoredCheckpoints implements Checkpoints {

    static final String DIRECTORY = "audit/checkpoints/";
    static final String LATEST = DIRECTORY + "latest";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FileStorage storage;

    StoredCheckpoints(FileStorage storage) {
        this.storage = storage;
    }

    @Override
    public Optional<Checkpoint> latest() {
        long count = count();
        return count == 0 ? Optional.empty() : read(count);
    }

    @Override
    public void add(Checkpoint checkpoint) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", checkpoint.number());
        json.put("seq", checkpoint.seq());
        json.put("hash", checkpoint.hash().hex());
        json.put("count", checkpoint.count());
        json.put("created_at", checkpoint.createdAt().toString());
        json.put("key_id", checkpoint.keyId());
        json.put("algorithm", "Ed25519");
        json.put("signature", Base64.getEncoder().encodeToString(checkpoint.signature()));
        storage.put(key(checkpoint.number()), new ByteArrayInputStream(JSON.writeValueAsBytes(json)));
        storage.put(LATEST, new ByteArrayInputStream(
                Long.toString(checkpoint.number()).getBytes(StandardCharsets.US_ASCII)));
    }

    @Override
    public long count() {
        return storage.open(LATEST).map(StoredCheckpoints::readNumber).orElse(0L);
    }

    @Override
    public List<Checkpoint> newestFirst(long offset, int limit) {
        List<Checkpoint> page = new ArrayList<>(limit);
        for (long n = count() - offset; n >= 1 && page.size() < limit; n--) {
            read(n).ifPresent(page::add);
        }
        return page;
    }

    @Override
    public List<Checkpoint> all() {
        long count = count();
        List<Checkpoint> all = new ArrayList<>((int) Math.min(count, 10_000));
        for (long n = 1; n <= count; n++) {
            read(n).ifPresent(all::add);
        }
        return all;
    }

    private Optional<Checkpoint> read(long number) {
        return storage.open(key(number)).map(in -> {
            try (in) {
                JsonNode json = JSON.readTree(in);
                return new Checkpoint(json.path("number").asLong(), json.path("seq").asLong(),
                        Hash.fromHex(json.path("hash").asString()), json.path("count").asLong(),
                        Instant.parse(json.path("created_at").asString()), json.path("key_id").asString(),
                        Base64.getDecoder().decode(json.path("signature").asString()));
            } catch (IOException | RuntimeException e) {
                // A checkpoint that no longer parses is itself evidence of tampering: say so, never a 500.
                throw new CheckpointUnreadable(number);
            }
        });
    }

    private static long readNumber(InputStream in) {
        try (in) {
            return Long.parseLong(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LATEST, e);
        }
    }

    static String key(long number) {
        return DIRECTORY + String.format("%010d", number) + ".json";
    }
}

package energy.mwolo.operations.readings.application;

import energy.mwolo.operations.readings.model.ReadingFlag;
import java.util.Map;

/** What a batch became: readings stored (of which some flagged), duplicates not stored again, readings parked. */
public record IngestionResult(int stored, int duplicates, int parked, Map<ReadingFlag, Integer> flagged) {

    static final IngestionResult NOTHING = new IngestionResult(0, 0, 0, Map.of());

    public IngestionResult {
        flagged = Map.copyOf(flagged);
    }
}

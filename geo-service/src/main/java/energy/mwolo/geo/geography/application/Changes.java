package energy.mwolo.geo.geography.application;

import energy.mwolo.geo.geography.model.PlaceCode;
import java.util.UUID;

/** Partial updates: a field left out (null) keeps its current value. */
final class Changes {

    private Changes() {
    }

    static PlaceCode code(String requested, PlaceCode current) {
        return requested == null ? current : PlaceCode.of(requested);
    }

    static String text(String requested, String current) {
        return requested == null ? current : requested;
    }

    static UUID id(UUID requested, UUID current) {
        return requested == null ? current : requested;
    }
}

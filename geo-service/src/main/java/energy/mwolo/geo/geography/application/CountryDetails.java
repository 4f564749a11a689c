package energy.mwolo.geo.geography.application;

/** A country as a request describes it; in a partial update, null fields stay as they are. */
public record CountryDetails(String code, String name) {
}

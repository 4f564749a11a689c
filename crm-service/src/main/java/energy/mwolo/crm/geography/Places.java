package energy.mwolo.crm.geography;

/** Checks place ids against geo-service before they are stored. */
public interface Places {

    /**
     * @throws energy.mwolo.crm.kernel.InvalidField naming the unknown or inconsistent place (400)
     * @throws GeoUnavailable when geo-service cannot answer (503): the write must not go through unchecked
     */
    void requireConsistent(PlaceIds ids);
}

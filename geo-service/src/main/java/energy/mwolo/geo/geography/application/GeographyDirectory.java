package energy.mwolo.geo.geography.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The read side: places with their parents' codes and names, sorted by name. A null filter means "all". Each
 * list comes with its count, for pagination.
 */
public interface GeographyDirectory {

    long countCountries();

    List<CountryView> countries(long offset, int limit);

    Optional<CountryView> country(UUID id);

    long countProvinces(UUID country);

    List<ProvinceView> provinces(UUID country, long offset, int limit);

    Optional<ProvinceView> province(UUID id);

    long countCommunes(UUID province);

    List<CommuneView> communes(UUID province, long offset, int limit);

    Optional<CommuneView> commune(UUID id);

    long countTerritories(UUID commune, UUID province);

    List<TerritoryView> territories(UUID commune, UUID province, long offset, int limit);

    Optional<TerritoryView> territory(UUID id);

    long countNationalities(UUID country);

    List<NationalityView> nationalities(UUID country, long offset, int limit);

    Optional<NationalityView> nationality(UUID id);
}

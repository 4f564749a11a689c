package energy.mwolo.geo.geography.application;

import energy.mwolo.geo.geography.model.Countries;
import energy.mwolo.geo.geography.model.Country;
import energy.mwolo.geo.geography.model.CountryId;
import energy.mwolo.geo.geography.model.PlaceCode;
import energy.mwolo.geo.geography.model.PlaceKind;
import energy.mwolo.geo.geography.model.PlaceNotFound;
import energy.mwolo.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering, revising and removing countries. */
@Service
public class CountryAdministration {

    private final Countries countries;

    CountryAdministration(Countries countries) {
        this.countries = countries;
    }

    @Transactional
    public CountryId register(CountryDetails details, CurrentUser user) {
        user.require(GeoPermissions.CREATE);
        Country country = Country.register(PlaceCode.of(details.code()), details.name());
        countries.add(country);
        return country.id();
    }

    @Transactional
    public void revise(CountryId id, CountryDetails changes, CurrentUser user) {
        user.require(GeoPermissions.UPDATE);
        Country current = existing(id);
        countries.update(current.revise(Changes.code(changes.code(), current.code()),
                Changes.text(changes.name(), current.name())));
    }

    @Transactional
    public void remove(CountryId id, CurrentUser user) {
        user.require(GeoPermissions.DELETE);
        countries.remove(existing(id));
    }

    private Country existing(CountryId id) {
        return countries.byId(id).orElseThrow(() -> new PlaceNotFound(PlaceKind.COUNTRY, id.value()));
    }
}

package energy.mwolo.geo.geography.application;

import energy.mwolo.geo.geography.model.Nationalities;
import energy.mwolo.geo.geography.model.Nationality;
import energy.mwolo.geo.geography.model.NationalityId;
import energy.mwolo.geo.geography.model.PlaceCode;
import energy.mwolo.geo.geography.model.PlaceKind;
import energy.mwolo.geo.geography.model.PlaceNotFound;
import energy.mwolo.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering, revising and removing nationalities. */
@Service
public class NationalityAdministration {

    private final Nationalities nationalities;
    private final Parents parents;

    NationalityAdministration(Nationalities nationalities, Parents parents) {
        this.nationalities = nationalities;
        this.parents = parents;
    }

    @Transactional
    public NationalityId register(NationalityDetails details, CurrentUser user) {
        user.require(GeoPermissions.CREATE);
        Nationality nationality = Nationality.register(parents.country(details.country()),
                PlaceCode.of(details.code()), details.name());
        nationalities.add(nationality);
        return nationality.id();
    }

    @Transactional
    public void revise(NationalityId id, NationalityDetails changes, CurrentUser user) {
        user.require(GeoPermissions.UPDATE);
        Nationality current = existing(id);
        nationalities.update(current.revise(
                parents.country(Changes.id(changes.country(), current.countryId().value())),
                Changes.code(changes.code(), current.code()),
                Changes.text(changes.name(), current.name())));
    }

    @Transactional
    public void remove(NationalityId id, CurrentUser user) {
        user.require(GeoPermissions.DELETE);
        nationalities.remove(existing(id));
    }

    private Nationality existing(NationalityId id) {
        return nationalities.byId(id).orElseThrow(() -> new PlaceNotFound(PlaceKind.NATIONALITY, id.value()));
    }
}

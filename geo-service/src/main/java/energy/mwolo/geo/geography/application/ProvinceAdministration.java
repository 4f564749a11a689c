package energy.mwolo.geo.geography.application;

import energy.mwolo.geo.geography.model.PlaceCode;
import energy.mwolo.geo.geography.model.PlaceKind;
import energy.mwolo.geo.geography.model.PlaceNotFound;
import energy.mwolo.geo.geography.model.Province;
import energy.mwolo.geo.geography.model.ProvinceId;
import energy.mwolo.geo.geography.model.Provinces;
import energy.mwolo.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering, revising and removing provinces. */
@Service
public class ProvinceAdministration {

    private final Provinces provinces;
    private final Parents parents;

    ProvinceAdministration(Provinces provinces, Parents parents) {
        this.provinces = provinces;
        this.parents = parents;
    }

    @Transactional
    public ProvinceId register(ProvinceDetails details, CurrentUser user) {
        user.require(GeoPermissions.CREATE);
        Province province = Province.register(parents.country(details.country()), PlaceCode.of(details.code()),
                details.name());
        provinces.add(province);
        return province.id();
    }

    @Transactional
    public void revise(ProvinceId id, ProvinceDetails changes, CurrentUser user) {
        user.require(GeoPermissions.UPDATE);
        Province current = existing(id);
        provinces.update(current.revise(
                parents.country(Changes.id(changes.country(), current.countryId().value())),
                Changes.code(changes.code(), current.code()),
                Changes.text(changes.name(), current.name())));
    }

    @Transactional
    public void remove(ProvinceId id, CurrentUser user) {
        user.require(GeoPermissions.DELETE);
        provinces.remove(existing(id));
    }

    private Province existing(ProvinceId id) {
        return provinces.byId(id).orElseThrow(() -> new PlaceNotFound(PlaceKind.PROVINCE, id.value()));
    }
}

package energy.mwolo.geo.geography.application;

import energy.mwolo.geo.geography.model.PlaceCode;
import energy.mwolo.geo.geography.model.PlaceKind;
import energy.mwolo.geo.geography.model.PlaceNotFound;
import energy.mwolo.geo.geography.model.Territories;
import energy.mwolo.geo.geography.model.Territory;
import energy.mwolo.geo.geography.model.TerritoryId;
import energy.mwolo.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering, revising and removing territories; a stated province must be the commune's. */
@Service
public class TerritoryAdministration {

    private final Territories territories;
    private final Parents parents;

    TerritoryAdministration(Territories territories, Parents parents) {
        this.territories = territories;
        this.parents = parents;
    }

    @Transactional
    public TerritoryId register(TerritoryDetails details, CurrentUser user) {
        user.require(GeoPermissions.CREATE);
        Territory territory = Territory.register(parents.commune(details.commune()),
                parents.statedProvince(details.province()), PlaceCode.of(details.code()), details.name());
        territories.add(territory);
        return territory.id();
    }

    @Transactional
    public void revise(TerritoryId id, TerritoryDetails changes, CurrentUser user) {
        user.require(GeoPermissions.UPDATE);
        Territory current = existing(id);
        territories.update(current.revise(
                parents.commune(Changes.id(changes.commune(), current.communeId().value())),
                parents.statedProvince(changes.province()),
                Changes.code(changes.code(), current.code()),
                Changes.text(changes.name(), current.name())));
    }

    @Transactional
    public void remove(TerritoryId id, CurrentUser user) {
        user.require(GeoPermissions.DELETE);
        territories.remove(existing(id));
    }

    private Territory existing(TerritoryId id) {
        return territories.byId(id).orElseThrow(() -> new PlaceNotFound(PlaceKind.TERRITORY, id.value()));
    }
}

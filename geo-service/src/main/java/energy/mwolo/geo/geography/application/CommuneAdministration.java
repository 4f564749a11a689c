package energy.mwolo.geo.geography.application;

import energy.mwolo.geo.geography.model.Commune;
import energy.mwolo.geo.geography.model.CommuneId;
import energy.mwolo.geo.geography.model.Communes;
import energy.mwolo.geo.geography.model.PlaceCode;
import energy.mwolo.geo.geography.model.PlaceKind;
import energy.mwolo.geo.geography.model.PlaceNotFound;
import energy.mwolo.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering, revising and removing communes. A commune moved to another province takes its territories. */
@Service
public class CommuneAdministration {

    private final Communes communes;
    private final Parents parents;

    CommuneAdministration(Communes communes, Parents parents) {
        this.communes = communes;
        this.parents = parents;
    }

    @Transactional
    public CommuneId register(CommuneDetails details, CurrentUser user) {
        user.require(GeoPermissions.CREATE);
        Commune commune = Commune.register(parents.province(details.province()), PlaceCode.of(details.code()),
                details.name());
        communes.add(commune);
        return commune.id();
    }

    @Transactional
    public void revise(CommuneId id, CommuneDetails changes, CurrentUser user) {
        user.require(GeoPermissions.UPDATE);
        Commune current = existing(id);
        communes.update(current.revise(
                parents.province(Changes.id(changes.province(), current.provinceId().value())),
                Changes.code(changes.code(), current.code()),
                Changes.text(changes.name(), current.name())));
    }

    @Transactional
    public void remove(CommuneId id, CurrentUser user) {
        user.require(GeoPermissions.DELETE);
        communes.remove(existing(id));
    }

    private Commune existing(CommuneId id) {
        return communes.byId(id).orElseThrow(() -> new PlaceNotFound(PlaceKind.COMMUNE, id.value()));
    }
}

package energy.mwolo.geo.geography.persistence;

import energy.mwolo.geo.geography.model.Communes;
import energy.mwolo.geo.geography.model.Commune;
import energy.mwolo.geo.geography.model.CommuneId;
import energy.mwolo.geo.geography.model.ProvinceId;
import energy.mwolo.geo.geography.model.PlaceCode;
import energy.mwolo.geo.geography.model.PlaceKind;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCommunes implements Communes {

    private final PlaceTable table;

    JdbcCommunes(JdbcClient jdbc) {
        this.table = new PlaceTable(jdbc, "communes", PlaceKind.COMMUNE);
    }

    @Override
    public Optional<Commune> byId(CommuneId id) {
        return table.byId(id.value(), (rs, row) -> new Commune(new CommuneId(rs.getObject("id", UUID.class)),
                new ProvinceId(rs.getObject("province_id", UUID.class)), new PlaceCode(rs.getString("code")),
                rs.getString("name")));
    }

    @Override
    public void add(Commune place) {
        table.insert(place.id().value(), columns(place), place.code());
    }

    @Override
    public void update(Commune place) {
        table.update(place.id().value(), columns(place), place.code(), place.name());
    }

    @Override
    public void remove(Commune place) {
        table.delete(place.id().value(), place.name());
    }

    private static Map<String, Object> columns(Commune place) {
        return Map.of("province_id", place.provinceId().value(), "code", place.code().value(), "name", place.name());
    }
}

package energy.mwolo.geo.geography.persistence;

import energy.mwolo.geo.geography.model.CommuneId;
import energy.mwolo.geo.geography.model.PlaceCode;
import energy.mwolo.geo.geography.model.PlaceKind;
import energy.mwolo.geo.geography.model.ProvinceId;
import energy.mwolo.geo.geography.model.Territories;
import energy.mwolo.geo.geography.model.Territory;
import energy.mwolo.geo.geography.model.TerritoryId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcTerritories implements Territories {

    private final PlaceTable table;

    JdbcTerritories(JdbcClient jdbc) {
        this.table = new PlaceTable(jdbc, "territories", PlaceKind.TERRITORY);
    }

    @Override
    public Optional<Territory> byId(TerritoryId id) {
        return table.byId(id.value(), (rs, row) -> new Territory(new TerritoryId(rs.getObject("id", UUID.class)),
                new CommuneId(rs.getObject("commune_id", UUID.class)),
                new ProvinceId(rs.getObject("province_id", UUID.class)),
                new PlaceCode(rs.getString("code")), rs.getString("name")));
    }

    @Override
    public void add(Territory territory) {
        table.insert(territory.id().value(), columns(territory), territory.code());
    }

    /** Moving a territory that agencies stand in to another province breaks their key: it is in use. */
    @Override
    public void update(Territory territory) {
        table.update(territory.id().value(), columns(territory), territory.code(), territory.name());
    }

    @Override
    public void remove(Territory territory) {
        table.delete(territory.id().value(), territory.name());
    }

    private static Map<String, Object> columns(Territory territory) {
        return Map.of("commune_id", territory.communeId().value(), "province_id", territory.provinceId().value(),
                "code", territory.code().value(), "name", territory.name());
    }
}

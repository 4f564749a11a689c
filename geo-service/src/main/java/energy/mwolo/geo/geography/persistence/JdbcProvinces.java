package energy.mwolo.geo.geography.persistence;

import energy.mwolo.geo.geography.model.Provinces;
import energy.mwolo.geo.geography.model.Province;
import energy.mwolo.geo.geography.model.ProvinceId;
import energy.mwolo.geo.geography.model.CountryId;
import energy.mwolo.geo.geography.model.PlaceCode;
import energy.mwolo.geo.geography.model.PlaceKind;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcProvinces implements Provinces {

    private final PlaceTable table;

    JdbcProvinces(JdbcClient jdbc) {
        this.table = new PlaceTable(jdbc, "provinces", PlaceKind.PROVINCE);
    }

    @Override
    public Optional<Province> byId(ProvinceId id) {
        return table.byId(id.value(), (rs, row) -> new Province(new ProvinceId(rs.getObject("id", UUID.class)),
                new CountryId(rs.getObject("country_id", UUID.class)), new PlaceCode(rs.getString("code")),
                rs.getString("name")));
    }

    @Override
    public void add(Province place) {
        table.insert(place.id().value(), columns(place), place.code());
    }

    @Override
    public void update(Province place) {
        table.update(place.id().value(), columns(place), place.code(), place.name());
    }

    @Override
    public void remove(Province place) {
        table.delete(place.id().value(), place.name());
    }

    private static Map<String, Object> columns(Province place) {
        return Map.of("country_id", place.countryId().value(), "code", place.code().value(), "name", place.name());
    }
}

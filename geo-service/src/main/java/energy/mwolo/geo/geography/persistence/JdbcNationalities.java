package energy.mwolo.geo.geography.persistence;

import energy.mwolo.geo.geography.model.Nationalities;
import energy.mwolo.geo.geography.model.Nationality;
import energy.mwolo.geo.geography.model.NationalityId;
import energy.mwolo.geo.geography.model.CountryId;
import energy.mwolo.geo.geography.model.PlaceCode;
import energy.mwolo.geo.geography.model.PlaceKind;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcNationalities implements Nationalities {

    private final PlaceTable table;

    JdbcNationalities(JdbcClient jdbc) {
        this.table = new PlaceTable(jdbc, "nationalities", PlaceKind.NATIONALITY);
    }

    @Override
    public Optional<Nationality> byId(NationalityId id) {
        return table.byId(id.value(), (rs, row) -> new Nationality(new NationalityId(rs.getObject("id", UUID.class)),
                new CountryId(rs.getObject("country_id", UUID.class)), new PlaceCode(rs.getString("code")),
                rs.getString("name")));
    }

    @Override
    public void add(Nationality place) {
        table.insert(place.id().value(), columns(place), place.code());
    }

    @Override
    public void update(Nationality place) {
        table.update(place.id().value(), columns(place), place.code(), place.name());
    }

    @Override
    public void remove(Nationality place) {
        table.delete(place.id().value(), place.name());
    }

    private static Map<String, Object> columns(Nationality place) {
        return Map.of("country_id", place.countryId().value(), "code", place.code().value(), "name", place.name());
    }
}

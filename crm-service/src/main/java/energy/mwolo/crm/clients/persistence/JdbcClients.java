package energy.mwolo.crm.clients.persistence;

import energy.mwolo.crm.clients.application.ClientDirectory;
import energy.mwolo.crm.clients.application.ClientQuery;
import energy.mwolo.crm.clients.model.Client;
import energy.mwolo.crm.clients.model.ClientDetails;
import energy.mwolo.crm.clients.model.ClientKind;
import energy.mwolo.crm.clients.model.ClientStatus;
import energy.mwolo.crm.clients.model.Clients;
import energy.mwolo.crm.clients.model.PhoneNumber;
import energy.mwolo.crm.geography.PlaceIds;
import energy.mwolo.crm.persistence.Ordering;
import energy.mwolo.crm.persistence.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcClients implements Clients, ClientDirectory {

    private static final Map<String, String> ORDERABLE = Map.of(
            "last_name", "last_name", "first_name", "first_name", "created_at", "created_at");

    private final JdbcClient jdbc;

    JdbcClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextNumber() {
        return jdbc.sql("select nextval('client_numbers')").query(Long.class).single();
    }

    @Override
    public void add(Client client) {
        jdbc.sql("""
                insert into clients (id, number, kind, first_name, last_name, post_name, company_name, rccm, nif,
                                     email, phone, address, agency_id, status, preferred_language, user_id,
                                     country_id, province_id, commune_id, territory_id, created_at, updated_at)
                values (:id, :number, :kind, :firstName, :lastName, :postName, :companyName, :rccm, :nif, :email,
                        :phone, :address, :agency, :status, :language, :user, :country, :province, :commune, :territory,
                        :createdAt, :updatedAt)""")
                .params(columns(client))
                .update();
    }

    @Override
    public void update(Client client) {
        jdbc.sql("""
                update clients set kind = :kind, first_name = :firstName, last_name = :lastName,
                       post_name = :postName, company_name = :companyName, rccm = :rccm, nif = :nif,
                       email = :email, phone = :phone, address = :address, agency_id = :agency, status = :status,
                       preferred_language = :language, user_id = :user, country_id = :country,
                       province_id = :province, commune_id = :commune, territory_id = :territory,
                       updated_at = :updatedAt
                where id = :id""")
                .params(columns(client))
                .update();
    }

    @Override
    public Optional<Client> byId(UUID id) {
        return jdbc.sql("select * from clients where id = ?").param(id).query(JdbcClients::client).optional();
    }

    @Override
    public Optional<Client> byEmail(String email) {
        return jdbc.sql("select * from clients where lower(email) = lower(?)").param(email)
                .query(JdbcClients::client).optional();
    }

    @Override
    public Optional<Client> byUser(UUID userId) {
        return jdbc.sql("select * from clients where user_id = ?").param(userId).query(JdbcClients::client)
                .optional();
    }

    @Override
    public long count(ClientQuery query) {
        Where where = where(query);
        return jdbc.sql("select count(*) from clients" + where.sql()).params(where.params()).query(Long.class)
                .single();
    }

    @Override
    public List<Client> find(ClientQuery query, long offset, int limit) {
        Where where = where(query);
        String order = Ordering.sql(query.ordering(), ORDERABLE, "created_at");
        return jdbc.sql("select * from clients" + where.sql() + order + " limit :limit offset :offset")
                .params(where.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcClients::client)
                .list();
    }

    private static Where where(ClientQuery query) {
        Where where = new Where();
        where.ownedBy("id", query.restricted(), query.onlyClient());
        where.addIf(query.agency() != null, "agency_id = :agency", "agency", query.agency());
        where.addIf(query.status() != null, "status = :status", "status",
                query.status() == null ? null : ClientStatus.of(query.status()).code());
        where.addIf(query.email() != null, "lower(email) = lower(:email)", "email", query.email());
        if (query.search() != null && !query.search().isBlank()) {
            where.add("""
                    (first_name ilike :search or last_name ilike :search or company_name ilike :search
                     or email ilike :search or nif ilike :search or phone ilike :search or number ilike :search)""",
                    "search", Where.contains(query.search()));
        }
        return where;
    }

    static PlaceIds places(ResultSet rs) throws SQLException {
        return new PlaceIds(rs.getObject("country_id", UUID.class), rs.getObject("province_id", UUID.class),
                rs.getObject("commune_id", UUID.class), rs.getObject("territory_id", UUID.class));
    }

    private static Map<String, Object> columns(Client client) {
        ClientDetails d = client.details();
        java.util.HashMap<String, Object> columns = new java.util.HashMap<>();
        columns.put("id", client.id());
        columns.put("number", client.number());
        columns.put("kind", d.kind().code());
        columns.put("firstName", d.firstName());
        columns.put("lastName", d.lastName());
        columns.put("postName", d.postName());
        columns.put("companyName", d.companyName());
        columns.put("rccm", d.rccm());
        columns.put("nif", d.nif());
        columns.put("email", d.email());
        columns.put("phone", d.phone() == null ? null : d.phone().value());
        columns.put("address", d.address());
        columns.put("agency", d.agencyId());
        columns.put("status", client.status().code());
        columns.put("language", d.preferredLanguage());
        columns.put("user", client.userId());
        columns.put("country", d.places().country());
        columns.put("province", d.places().province());
        columns.put("commune", d.places().commune());
        columns.put("territory", d.places().territory());
        columns.put("createdAt", Timestamp.from(client.createdAt()));
        columns.put("updatedAt", Timestamp.from(client.updatedAt()));
        return columns;
    }

    private static Client client(ResultSet rs, int row) throws SQLException {
        String phone = rs.getString("phone");
        ClientDetails details = new ClientDetails(ClientKind.of(rs.getString("kind")), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("post_name"), rs.getString("company_name"),
                rs.getString("rccm"), rs.getString("nif"), rs.getString("email"),
                phone == null ? null : new PhoneNumber(phone), rs.getString("address"),
                rs.getObject("agency_id", UUID.class), rs.getString("preferred_language"), places(rs));
        return new Client(rs.getObject("id", UUID.class), rs.getString("number"), details,
                ClientStatus.of(rs.getString("status")), rs.getObject("user_id", UUID.class),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}

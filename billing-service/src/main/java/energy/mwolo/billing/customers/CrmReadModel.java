package energy.mwolo.billing.customers;

import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.contracts.crm.ClientRegistered;
import energy.mwolo.contracts.crm.ClientStatusChanged;
import energy.mwolo.contracts.crm.ClientUpdated;
import energy.mwolo.contracts.crm.ContractActivated;
import energy.mwolo.contracts.crm.ContractSuspended;
import energy.mwolo.contracts.crm.ContractTariffChanged;
import energy.mwolo.contracts.crm.ContractTerminated;
import energy.mwolo.contracts.crm.SiteRegistered;
import energy.mwolo.contracts.crm.SiteUpdated;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies crm's events to {@code crm_clients}, {@code crm_sites} and {@code crm_contracts}. Every event carries the
 * whole state of its record, and each row remembers the {@code occurred_at} of the last event applied
 * ({@code changed_at}): an event older than that changes nothing, so a late delivery cannot bring back an old state
 * (a contract activated again after its termination); one of the same instant applies (crm publishes a link and
 * the update that follows it together). A status change heard of before the registration records the client with
 * what it carries. The inbox ({@code billing.customers}) skips redeliveries before they get here.
 */
@Component
class CrmReadModel {

    private final JdbcClient jdbc;

    CrmReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void clientRegistered(ClientRegistered event) {
        client(event.clientId(), event.number(), name(event.kind(), event.firstName(), event.postName(),
                event.lastName(), event.companyName()), event.preferredLanguage(), event.email(), event.phone(),
                event.agencyId(), event.status(), event.occurredAt());
    }

    void clientUpdated(ClientUpdated event) {
        client(event.clientId(), event.number(), name(event.kind(), event.firstName(), event.postName(),
                event.lastName(), event.companyName()), event.preferredLanguage(), event.email(), event.phone(),
                event.agencyId(), event.status(), event.occurredAt());
    }

    void clientStatusChanged(ClientStatusChanged event) {
        jdbc.sql("""
                insert into crm_clients (id, number, status, changed_at) values (:id, :number, :status, :at)
                on conflict (id) do update set status = excluded.status, changed_at = excluded.changed_at
                where crm_clients.changed_at <= excluded.changed_at""")
                .param("id", event.clientId())
                .param("number", event.number())
                .param("status", event.status())
                .param("at", Timestamp.from(event.occurredAt()))
                .update();
    }

    void siteRegistered(SiteRegistered event) {
        site(event.siteId(), event.reference(), event.clientId(), event.name(), event.isProtected(), event.active(),
                event.address(), event.occurredAt());
    }

    void siteUpdated(SiteUpdated event) {
        site(event.siteId(), event.reference(), event.clientId(), event.name(), event.isProtected(), event.active(),
                event.address(), event.occurredAt());
    }

    void contractActivated(ContractActivated e) {
        contract(new Terms(e.contractId(), e.number(), e.clientId(), e.siteId(), e.siteProtected(), e.contractType(),
                e.fixedFee(), e.pricePerKwh(), e.tariffCode(), e.currency(), e.billingDay(), e.startDate(),
                e.endDate(), e.status()), e.endDate(), e.occurredAt());
    }

    void contractSuspended(ContractSuspended e) {
        contract(new Terms(e.contractId(), e.number(), e.clientId(), e.siteId(), e.siteProtected(), e.contractType(),
                e.fixedFee(), e.pricePerKwh(), e.tariffCode(), e.currency(), e.billingDay(), e.startDate(),
                e.endDate(), e.status()), e.endDate(), e.occurredAt());
    }

    void contractTariffChanged(ContractTariffChanged e) {
        contract(new Terms(e.contractId(), e.number(), e.clientId(), e.siteId(), e.siteProtected(), e.contractType(),
                e.fixedFee(), e.pricePerKwh(), e.tariffCode(), e.currency(), e.billingDay(), e.startDate(),
                e.endDate(), e.status()), e.endDate(), e.occurredAt());
    }

    /** Power stops the day of the termination, or on the end date if that came first. */
    void contractTerminated(ContractTerminated e) {
        LocalDate terminatedOn = BusinessTime.dayOf(e.occurredAt());
        LocalDate serviceEnd = e.endDate() == null || e.endDate().isAfter(terminatedOn) ? terminatedOn : e.endDate();
        contract(new Terms(e.contractId(), e.number(), e.clientId(), e.siteId(), e.siteProtected(), e.contractType(),
                e.fixedFee(), e.pricePerKwh(), e.tariffCode(), e.currency(), e.billingDay(), e.startDate(),
                e.endDate(), e.status()), serviceEnd, e.occurredAt());
    }

    /** The four contract events carry the same terms. */
    private record Terms(UUID id, String number, UUID clientId, UUID siteId, boolean siteProtected, String type,
                         BigDecimal fixedFee, BigDecimal pricePerKwh, String tariffCode, String currency,
                         int billingDay, LocalDate startDate, LocalDate endDate, String status) {
    }

    private void contract(Terms terms, LocalDate serviceEnd, Instant occurredAt) {
        jdbc.sql("""
                insert into crm_contracts (id, number, client_id, site_id, site_protected, contract_type, fixed_fee,
                                           price_per_kwh, tariff_code, currency, billing_day, start_date, end_date,
                                           service_end, status, changed_at)
                values (:id, :number, :client, :site, :protected, :type, :fee, :price, :tariff, :currency, :day,
                        :start, :end, :serviceEnd, :status, :at)
                on conflict (id) do update set number = excluded.number, client_id = excluded.client_id,
                    site_id = excluded.site_id, site_protected = excluded.site_protected,
                    contract_type = excluded.contract_type, fixed_fee = excluded.fixed_fee,
                    price_per_kwh = excluded.price_per_kwh, tariff_code = excluded.tariff_code,
                    currency = excluded.currency, billing_day = excluded.billing_day,
                    start_date = excluded.start_date, end_date = excluded.end_date,
                    service_end = excluded.service_end, status = excluded.status, changed_at = excluded.changed_at
                where crm_contracts.changed_at <= excluded.changed_at""")
                .param("id", terms.id())
                .param("number", terms.number())
                .param("client", terms.clientId())
                .param("site", terms.siteId())
                .param("protected", terms.siteProtected())
                .param("type", terms.type().toLowerCase(Locale.ROOT))
                .param("fee", terms.fixedFee())
                .param("price", terms.pricePerKwh())
                .param("tariff", terms.tariffCode() == null ? null : terms.tariffCode().toUpperCase(Locale.ROOT))
                .param("currency", terms.currency())
                .param("day", terms.billingDay())
                .param("start", Date.valueOf(terms.startDate()))
                .param("end", terms.endDate() == null ? null : Date.valueOf(terms.endDate()))
                .param("serviceEnd", serviceEnd == null ? null : Date.valueOf(serviceEnd))
                .param("status", terms.status().toLowerCase(Locale.ROOT))
                .param("at", Timestamp.from(occurredAt))
                .update();
    }

    private void client(UUID id, String number, String name, String language, String email, String phone,
                        UUID agency, String status, Instant occurredAt) {
        jdbc.sql("""
                insert into crm_clients (id, number, name, preferred_language, email, phone, agency_id, status,
                                         changed_at)
                values (:id, :number, :name, :language, :email, :phone, :agency, :status, :at)
                on conflict (id) do update set number = excluded.number, name = excluded.name,
                    preferred_language = excluded.preferred_language, email = excluded.email, phone = excluded.phone,
                    agency_id = excluded.agency_id, status = excluded.status, changed_at = excluded.changed_at
                where crm_clients.changed_at <= excluded.changed_at""")
                .param("id", id)
                .param("number", number)
                .param("name", name)
                .param("language", language)
                .param("email", email)
                .param("phone", phone)
                .param("agency", agency)
                .param("status", status)
                .param("at", Timestamp.from(occurredAt))
                .update();
    }

    /** A blank address is none: the document prints nothing rather than an empty line. */
    private void site(UUID id, String reference, UUID client, String name, boolean isProtected, boolean active,
                      String address, Instant occurredAt) {
        jdbc.sql("""
                insert into crm_sites (id, reference, client_id, name, is_protected, active, address, changed_at)
                values (:id, :reference, :client, :name, :protected, :active, :address, :at)
                on conflict (id) do update set reference = excluded.reference, client_id = excluded.client_id,
                    name = excluded.name, is_protected = excluded.is_protected, active = excluded.active,
                    address = excluded.address, changed_at = excluded.changed_at
                where crm_sites.changed_at <= excluded.changed_at""")
                .param("id", id)
                .param("reference", reference)
                .param("client", client)
                .param("name", name)
                .param("protected", isProtected)
                .param("active", active)
                .param("address", address == null || address.isBlank() ? null : address.strip())
                .param("at", Timestamp.from(occurredAt))
                .update();
    }

    /** A company by its name; a person as Congolese names are written: first name, post-name, last name. */
    static String name(String kind, String first, String post, String last, String company) {
        if ("company".equals(kind) && company != null && !company.isBlank()) {
            return company.strip();
        }
        return Stream.of(first, post, last).filter(part -> part != null && !part.isBlank()).map(String::strip)
                .collect(Collectors.joining(" "));
    }
}

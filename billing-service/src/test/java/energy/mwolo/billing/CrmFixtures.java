package energy.mwolo.billing;

import energy.mwolo.contracts.crm.ClientRegistered;
import energy.mwolo.contracts.crm.ContractActivated;
import energy.mwolo.contracts.crm.ContractTerminated;
import energy.mwolo.contracts.crm.SiteRegistered;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** crm's events as crm-service would publish them, for a client with one site and one contract. */
public final class CrmFixtures {

    private CrmFixtures() {
    }

    public static ClientRegistered client(UUID client, Instant at) {
        return new ClientRegistered(client, "CL-2026-" + digits(client), "individual", "Bienvenu", "Mutombo",
                "Kabasele", null, "client-" + client + "@example.cd", "+243812345678", null, "active", "fr", null, at);
    }

    public static SiteRegistered site(UUID site, UUID client, boolean isProtected, Instant at) {
        return new SiteRegistered(site, "SITE-" + digits(site), client, "Maison Limete", "residential", isProtected,
                true, "12 avenue des Poids Lourds", null, null, at);
    }

    /** Terms of a contract, as its four events carry them. */
    public record Terms(UUID contract, UUID client, UUID site, String type, String fixedFee, String pricePerKwh,
                       String tariffCode, String currency, LocalDate start, LocalDate end) {

        public static Terms flat(UUID client, UUID site, String fee, String currency, LocalDate start) {
            return new Terms(UUID.randomUUID(), client, site, "monthly_flat_fee", fee, null, null, currency, start,
                    null);
        }

        public static Terms metered(UUID client, UUID site, String tariffCode, String currency, LocalDate start) {
            return new Terms(UUID.randomUUID(), client, site, "metered", null, "250", tariffCode, currency, start,
                    null);
        }

        public Terms endingOn(LocalDate day) {
            return new Terms(contract, client, site, type, fixedFee, pricePerKwh, tariffCode, currency, start, day);
        }

        public Terms withTariff(String code) {
            return new Terms(contract, client, site, type, fixedFee, pricePerKwh, code, currency, start, end);
        }

        public ContractActivated activated(Instant at) {
            return new ContractActivated(contract, number(), client, site, false, type, amount(fixedFee),
                    amount(pricePerKwh), tariffCode, currency, 5, start, end, "active", at);
        }

        public ContractTerminated terminated(Instant at) {
            return new ContractTerminated(contract, number(), client, site, false, type, amount(fixedFee),
                    amount(pricePerKwh), tariffCode, currency, 5, start, end, "terminated", at);
        }

        public String number() {
            return "CT-2026-" + digits(contract);
        }

        private static BigDecimal amount(String text) {
            return text == null ? null : new BigDecimal(text);
        }
    }

    private static String digits(UUID id) {
        return String.format("%06d", Math.abs(id.hashCode()) % 1_000_000);
    }
}

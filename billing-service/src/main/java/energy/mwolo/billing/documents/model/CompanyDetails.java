package energy.mwolo.billing.documents.model;

import energy.mwolo.billing.kernel.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The company as its documents name it: legal identifiers (RCCM trade register, national identification, NIF tax
 * number), contact, and where clients pay (bank accounts, mobile-money numbers) for the payment instructions.
 */
public record CompanyDetails(String name,
                             String rccm,
                             String nationalId,
                             String nif,
                             String address,
                             String phone,
                             String email,
                             List<BankAccount> bankAccounts,
                             List<MobileMoneyNumber> mobileMoney) {

    public CompanyDetails {
        DocumentChecks.text(name, "name");
        DocumentChecks.text(rccm, "rccm");
        DocumentChecks.text(nationalId, "nationalId");
        DocumentChecks.text(nif, "nif");
        DocumentChecks.text(address, "address");
        DocumentChecks.text(phone, "phone");
        DocumentChecks.text(email, "email");
        bankAccounts = List.copyOf(Objects.requireNonNullElse(bankAccounts, List.of()));
        mobileMoney = List.copyOf(Objects.requireNonNullElse(mobileMoney, List.of()));
    }

    /** An account clients transfer to, in one currency. */
    public record BankAccount(String bank, String number, Currency currency) {

        public BankAccount {
            DocumentChecks.text(bank, "bank");
            DocumentChecks.text(number, "number");
            Objects.requireNonNull(currency, "currency");
        }
    }

    /** A merchant number clients pay to with a mobile-money provider ("M-Pesa"). */
    public record MobileMoneyNumber(String provider, String number) {

        public MobileMoneyNumber {
            DocumentChecks.text(provider, "provider");
            DocumentChecks.text(number, "number");
        }
    }
}

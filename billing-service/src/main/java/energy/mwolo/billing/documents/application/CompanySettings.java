package energy.mwolo.billing.documents.application;

import energy.mwolo.billing.documents.model.CompanyDetails;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mwolo.billing.company.*}: the company as its documents name it. Checked when the service starts: a
 * missing name or legal identifier stops it rather than print documents without them.
 */
@ConfigurationProperties("mwolo.billing.company")
public record CompanySettings(String name,
                              String rccm,
                              String nationalId,
                              String nif,
                              String address,
                              String phone,
                              String email,
                              List<CompanyDetails.BankAccount> bankAccounts,
                              List<CompanyDetails.MobileMoneyNumber> mobileMoney) {

    public CompanyDetails details() {
        return new CompanyDetails(name, rccm, nationalId, nif, address, phone, email, bankAccounts, mobileMoney);
    }
}

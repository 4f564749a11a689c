package energy.mwolo.billing.invoices.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code mwolo.billing.invoices.*}.
 *
 * @param paymentTermsDays days between issue and due date (crm's contracts carry no terms of their own yet)
 * @param overdueCron      when overdue invoices are looked for (Africa/Kinshasa); {@code -} switches it off
 */
@ConfigurationProperties("mwolo.billing.invoices")
public record InvoiceSettings(@DefaultValue("15") int paymentTermsDays,
                              @DefaultValue("0 15 0 * * *") String overdueCron) {
}

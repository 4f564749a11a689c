package energy.mwolo.billing.mobilemoney.statements.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the providers' daily statements are fetched ({@code mwolo.billing.mobile-money.statements.*}).
 *
 * @param baseUrl {@code <baseUrl>/<provider>?date=YYYY-MM-DD} answers a provider's CSV statement of that day (the
 *                simulator's {@code /control/statements}); none: nothing is reconciled
 */
@ConfigurationProperties("mwolo.billing.mobile-money.statements")
public record StatementSettings(String baseUrl) {

    public StatementSettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.replaceAll("/+$", "");
    }
}

package energy.mwolo.billing.mobilemoney.statements.providers;

import energy.mwolo.billing.mobilemoney.application.MobileMoneySettings;
import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.billing.mobilemoney.statements.application.StatementSettings;
import energy.mwolo.billing.mobilemoney.statements.application.StatementSource;
import energy.mwolo.billing.mobilemoney.statements.model.StatementLine;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Statements fetched over HTTP from {@code <statements.base-url>/<provider>?date=YYYY-MM-DD} as CSV: where the
 * simulator serves them; a deployment points it at wherever the providers' files are dropped. Not configured,
 * unreachable or not a 200: no statement.
 */
@Component
class HttpStatementSource implements StatementSource {

    private static final Logger log = LoggerFactory.getLogger(HttpStatementSource.class);

    private final String baseUrl;
    private final HttpClient client;
    private final MobileMoneySettings settings;

    HttpStatementSource(StatementSettings statements, MobileMoneySettings settings) {
        this.baseUrl = statements.baseUrl();
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Optional<List<StatementLine>> statement(Provider provider, LocalDate day) {
        if (baseUrl == null) {
            return Optional.empty();
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/" + provider.code() + "?date=" + day))
                .timeout(settings.readTimeout()).header("Accept", "text/csv").GET().build();
        try {
            HttpResponse<String> response = client.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                log.warn("Statement of {} for {} answered {}", provider.code(), day, response.statusCode());
                return Optional.empty();
            }
            return Optional.of(CsvStatement.parse(response.body()));
        } catch (IOException e) {
            log.warn("Statement of {} for {} unreachable: {}", provider.code(), day, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}

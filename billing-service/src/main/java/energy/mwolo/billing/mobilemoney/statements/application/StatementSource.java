package energy.mwolo.billing.mobilemoney.statements.application;

import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.billing.mobilemoney.statements.model.StatementLine;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A provider's statement of a Kinshasa day: empty when it is not configured or cannot be fetched now. */
public interface StatementSource {

    Optional<List<StatementLine>> statement(Provider provider, LocalDate day);
}

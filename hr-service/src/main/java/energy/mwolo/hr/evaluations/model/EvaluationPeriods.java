package energy.mwolo.hr.evaluations.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface EvaluationPeriods {

    Optional<EvaluationPeriod> find(UUID id);

    /** @throws EvaluationRefused ({@code hr.evaluation.period_name_taken}) when the name is taken */
    void add(EvaluationPeriod period);

    /** Latest start first. */
    List<EvaluationPeriod> list();
}

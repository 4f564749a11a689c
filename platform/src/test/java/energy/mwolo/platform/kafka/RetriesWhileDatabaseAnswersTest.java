package energy.mwolo.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.FixedBackOff;

class RetriesWhileDatabaseAnswersTest {

    private final AtomicBoolean databaseAnswers = new AtomicBoolean(true);
    private final RetriesWhileDatabaseAnswers backOff =
            new RetriesWhileDatabaseAnswers(new FixedBackOff(100, 2), databaseAnswers::get, 5_000);

    @Test
    void givesUpAfterTheRetriesWhileTheDatabaseAnswers() {
        BackOffExecution execution = backOff.start();

        assertThat(execution.nextBackOff()).isEqualTo(100);
        assertThat(execution.nextBackOff()).isEqualTo(100);
        assertThat(execution.nextBackOff()).isEqualTo(BackOffExecution.STOP);
    }

    @Test
    void waitsWithoutUsingUpRetriesForAsLongAsTheDatabaseDoesNotAnswer() {
        BackOffExecution execution = backOff.start();
        assertThat(execution.nextBackOff()).isEqualTo(100);

        databaseAnswers.set(false);
        for (int i = 0; i < 50; i++) {
            assertThat(execution.nextBackOff()).isEqualTo(5_000);
        }

        databaseAnswers.set(true);
        assertThat(execution.nextBackOff()).as("the second retry, not the 52nd").isEqualTo(100);
        assertThat(execution.nextBackOff()).isEqualTo(BackOffExecution.STOP);
    }
}

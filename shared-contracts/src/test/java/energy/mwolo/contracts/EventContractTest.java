package energy.mwolo.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EventContractTest {

    private final EventContract<Object> invoiceOverdue =
            new EventContract<>("billing", "invoice", "InvoiceOverdue", 2, Object.class);

    @Test
    void topicIsModuleAggregateAndEventsSuffix() {
        assertThat(invoiceOverdue.topic()).isEqualTo("billing.invoice.events");
    }

    @Test
    void typeIsModuleAndEventName() {
        assertThat(invoiceOverdue.type()).isEqualTo("billing.InvoiceOverdue");
    }

    @Test
    void sourceIsThePublishingService() {
        assertThat(invoiceOverdue.source()).isEqualTo("billing-service");
    }

    @Test
    void dataSchemaNamesTypeAndVersion() {
        assertThat(invoiceOverdue.dataSchema()).isEqualTo("urn:mwolo:schema:billing.InvoiceOverdue:v2");
    }

    @Test
    void schemaResourceSitsUnderTheModuleWithTheVersionInItsName() {
        assertThat(invoiceOverdue.schemaResource()).isEqualTo("schemas/billing/InvoiceOverdue.v2.schema.json");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void rejectsBlankModule(String module) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EventContract<>(module, "invoice", "InvoiceOverdue", 1, Object.class))
                .withMessageContaining("module");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "\t")
    void rejectsBlankAggregateType(String aggregateType) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EventContract<>("billing", aggregateType, "InvoiceOverdue", 1, Object.class))
                .withMessageContaining("aggregateType");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void rejectsBlankName(String name) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EventContract<>("billing", "invoice", name, 1, Object.class))
                .withMessageContaining("name");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void rejectsVersionBelowOne(int version) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EventContract<>("billing", "invoice", "InvoiceOverdue", version, Object.class))
                .withMessageContaining("version");
    }

    @Test
    void rejectsMissingPayloadType() {
        assertThatNullPointerException()
                .isThrownBy(() -> new EventContract<>("billing", "invoice", "InvoiceOverdue", 1, null))
                .withMessageContaining("payloadType");
    }
}

package energy.mwolo.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import energy.mwolo.contracts.geo.AgencyClosed;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.contracts.geo.AgencyUpdated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TopicsTest {

    @Test
    void deadLetterTopicAddsTheDltSuffix() {
        assertThat(Topics.deadLetter(Topics.GEO_AGENCY_EVENTS)).isEqualTo("geo.agency.events.dlt");
        assertThat(Topics.deadLetter(Topics.IOT_METER_READINGS)).isEqualTo("iot.meter-readings.dlt");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void deadLetterRejectsABlankTopic(String topic) {
        assertThatIllegalArgumentException().isThrownBy(() -> Topics.deadLetter(topic));
    }

    @Test
    void agencyEventsArePublishedOnTheGeoAgencyTopic() {
        assertThat(AgencyOpened.CONTRACT.topic()).isEqualTo(Topics.GEO_AGENCY_EVENTS);
        assertThat(AgencyUpdated.CONTRACT.topic()).isEqualTo(Topics.GEO_AGENCY_EVENTS);
        assertThat(AgencyClosed.CONTRACT.topic()).isEqualTo(Topics.GEO_AGENCY_EVENTS);
    }

    @Test
    void crmEventsArePublishedOnTheirAggregatesTopics() {
        assertThat(energy.mwolo.contracts.crm.ClientRegistered.CONTRACT.topic()).isEqualTo(Topics.CRM_CLIENT_EVENTS);
        assertThat(energy.mwolo.contracts.crm.SiteUpdated.CONTRACT.topic()).isEqualTo(Topics.CRM_SITE_EVENTS);
        assertThat(energy.mwolo.contracts.crm.ContractActivated.CONTRACT.topic())
                .isEqualTo(Topics.CRM_CONTRACT_EVENTS);
        assertThat(energy.mwolo.contracts.cms.LeadSubmitted.CONTRACT.topic()).isEqualTo(Topics.CMS_LEAD_EVENTS);
    }

    @Test
    void billingAndOperationsEventsArePublishedOnTheirAggregatesTopics() {
        assertThat(energy.mwolo.contracts.billing.InvoiceIssued.CONTRACT.topic())
                .isEqualTo("billing.invoice.events").isEqualTo(Topics.BILLING_INVOICE_EVENTS);
        assertThat(energy.mwolo.contracts.billing.PaymentReceived.CONTRACT.topic())
                .isEqualTo("billing.payment.events").isEqualTo(Topics.BILLING_PAYMENT_EVENTS);
        assertThat(energy.mwolo.contracts.billing.AccountOverdue.CONTRACT.topic())
                .isEqualTo("billing.account.events").isEqualTo(Topics.BILLING_ACCOUNT_EVENTS);
        assertThat(energy.mwolo.contracts.operations.ConsumptionRecorded.CONTRACT.topic())
                .isEqualTo("operations.consumption.events").isEqualTo(Topics.OPERATIONS_CONSUMPTION_EVENTS);
    }
}

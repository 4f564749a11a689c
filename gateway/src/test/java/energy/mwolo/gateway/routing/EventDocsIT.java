package energy.mwolo.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.Contracts;
import energy.mwolo.contracts.MessageContract;
import energy.mwolo.gateway.GatewayIT;
import energy.mwolo.gateway.Tokens;
import energy.mwolo.platformtest.Api;
import org.junit.jupiter.api.Test;

/**
 * The event contracts beside the Swagger UI: the AsyncAPI document shared-contracts builds, and a page listing every
 * topic with its senders and receivers and every message with its fields and sample, for staff (open in dev).
 */
class EventDocsIT extends GatewayIT {

    @Test
    void staffReadTheAsyncApiDocumentOfEveryContractTopic() {
        Api.Reply reply = api.get("/api/docs/events/asyncapi.json").as(Tokens.user("EMPLOYEE")).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.json().path("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(reply.json().path("channels").propertyNames()).containsExactlyInAnyOrderElementsOf(
                Contracts.messages().stream().map(MessageContract::topic).distinct().toList());
    }

    @Test
    void theEventsPageShowsEachTopicWithWhoSendsAndReceivesAndEachMessagesFieldsAndSample() {
        Api.Reply page = api.get("/api/docs/events/").as(Tokens.user("EMPLOYEE")).send();
        Api.Reply withoutSlash = api.get("/api/docs/events").as(Tokens.user("ADMIN")).send();

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(withoutSlash.status()).isEqualTo(200);
        for (MessageContract<?> contract : Contracts.messages()) {
            assertThat(page.body()).contains("<code>" + contract.topic() + "</code>", contract.dataSchema());
        }
        assertThat(page.body())
                .contains("id=\"iot.MeterReading.v1\"", "<code>meter_number</code>", "1-0:1.8.0")
                .contains("<td>meters</td><td>operations-service, audit-service</td>")
                .contains("<code>ce_type</code> = <code>billing.PaymentReceived</code>")
                .doesNotContain("<script");
    }

    @Test
    void anAnonymousCallerOrACustomerGetsNoEventDocument() {
        for (String path : new String[] {"/api/docs/events/", "/api/docs/events/asyncapi.json"}) {
            assertThat(api.get(path).send().status()).as(path).isEqualTo(401);
            assertThat(api.get(path).as(Tokens.user("CLIENT")).send().status()).as(path).isEqualTo(403);
        }
    }
}

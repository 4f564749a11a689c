package energy.mwolo.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.cms.LeadSubmitted;
import energy.mwolo.contracts.geo.AgencyClosed;
import energy.mwolo.contracts.geo.AgencyOpened;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventConsumerTest {

    private static final UUID AGENCY = UUID.fromString("b0aa9c7e-1a1b-4d4a-98d4-b8ff080cd197");
    private static final Instant AT = Instant.parse("2026-05-01T07:00:00Z");

    private final List<Object> applied = new ArrayList<>();

    private final EventConsumer consumer = EventConsumer.named("test.agencies")
            .on(AgencyOpened.CONTRACT, applied::add)
            .onWithEnvelope(AgencyClosed.CONTRACT, (closed, envelope) -> applied.add(envelope.id()))
            .build();

    @Test
    void subscribesToTheTopicsOfTheContractsItHandles() {
        EventConsumer twoTopics = EventConsumer.named("test.two")
                .on(LeadSubmitted.CONTRACT, lead -> { })
                .on(AgencyOpened.CONTRACT, opened -> { })
                .build();

        assertThat(consumer.topics()).containsExactly("geo.agency.events");
        assertThat(twoTopics.topics()).containsExactly("cms.lead.events", "geo.agency.events");
    }

    @Test
    void handsTheHandlerOfItsTypeThePayloadAsTheContractRecord() {
        AgencyOpened opened = opened();
        Envelope<String> envelope = envelope("geo.AgencyOpened", "urn:mwolo:schema:geo.AgencyOpened:v1",
                ContractJson.write(opened));

        EventConsumer.Handler<?> handler = consumer.handlerFor(envelope);
        handler.apply(handler.read(envelope), envelope);

        assertThat(applied).containsExactly(opened);
    }

    @Test
    void aHandlerMayReadTheEnvelope() {
        Envelope<String> envelope = envelope("geo.AgencyClosed", null,
                ContractJson.write(new AgencyClosed(AGENCY, "AG-KN-001", AT)));

        EventConsumer.Handler<?> handler = consumer.handlerFor(envelope);
        handler.apply(handler.read(envelope), envelope);

        assertThat(applied).containsExactly(envelope.id());
    }

    @Test
    void hasNoHandlerForAnotherTypeNoTypeOrAnotherVersionOfAHandledType() {
        assertThat(consumer.handlerFor(envelope("geo.AgencyUpdated", null, "{}"))).isNull();
        assertThat(consumer.handlerFor(envelope(null, null, "{}"))).isNull();
        assertThat(consumer.handlerFor(envelope("geo.AgencyOpened", "urn:mwolo:schema:geo.AgencyOpened:v2", "{}")))
                .isNull();
    }

    @Test
    void aPayloadThatIsNotTheContractIsUnusable() {
        Envelope<String> notJson = envelope("geo.AgencyOpened", null, "{\"agency_id\": ");
        Envelope<String> missingField = envelope("geo.AgencyOpened", null, "{\"code\": \"AG-KN-001\"}");
        Envelope<String> tombstone = envelope("geo.AgencyOpened", null, null);
        Envelope<String> jsonNull = envelope("geo.AgencyOpened", null, "null");

        for (Envelope<String> envelope : List.of(notJson, missingField, tombstone, jsonNull)) {
            assertThatThrownBy(() -> consumer.handlerFor(envelope).read(envelope))
                    .as(String.valueOf(envelope.payload())).isInstanceOf(UnusableEvent.class)
                    .hasMessageContaining("geo.AgencyOpened at geo.agency.events/0@3");
        }
    }

    @Test
    void refusesTwoHandlersForOneTypeANamelessConsumerAndOneWithoutHandlers() {
        EventConsumer.Builder builder = EventConsumer.named("test.twice").on(AgencyOpened.CONTRACT, opened -> { });

        assertThatThrownBy(() -> builder.on(AgencyOpened.CONTRACT, opened -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one handler per event type");
        assertThatThrownBy(() -> EventConsumer.named(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventConsumer.named("test.idle").build()).isInstanceOf(IllegalStateException.class);
    }

    private static AgencyOpened opened() {
        return new AgencyOpened(AGENCY, "AG-KN-001", "Agence Gombe", UUID.randomUUID(), "KN", null, null, null,
                null, null, null, null, null, true, AT);
    }

    private static Envelope<String> envelope(String type, String dataSchema, String payload) {
        return new Envelope<>(UUID.randomUUID().toString(), type, "geo-service", AGENCY.toString(), AT, dataSchema,
                "system", null, null, "geo.agency.events", 0, 3, payload);
    }
}

package energy.mwolo.operations.meters;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.operations.AbstractApiIT;
import energy.mwolo.operations.Bodies;
import energy.mwolo.operations.Tokens;
import energy.mwolo.platformtest.Api;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Meters through the API: installation, links to contracts, unlinking and swaps, and what is refused. */
class MeterApiIT extends AbstractApiIT {

    private static final String PATH = "/api/operations/meters/";

    @Test
    void aMeterInstalledOnMeterEquipmentIsConnectedAndMeasuresNothingYet() {
        UUID site = customer().site();
        UUID equipment = equipment(site, "meter");
        String number = number();

        Api.Reply created = post(PATH, Bodies.with(Bodies.meter(number, equipment), "kind", "prepaid"),
                Tokens.operations());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode meter = created.json();
        assertThat(meter.path("number").asString()).isEqualTo(number);
        assertThat(meter.path("equipment").asString()).isEqualTo(equipment.toString());
        assertThat(meter.path("site").asString()).isEqualTo(site.toString());
        assertThat(meter.path("kind").asString()).isEqualTo("prepaid");
        assertThat(meter.path("remote_relay").asBoolean()).isTrue();
        assertThat(meter.path("relay_state").asString()).isEqualTo("connected");
        assertThat(meter.path("contract").isNull()).isTrue();
        assertThat(meter.path("last_reading_kwh").isNull()).isTrue();
        assertThat(meter.path("links")).isEmpty();
    }

    @Test
    void numbersAndEquipmentAreTakenOnceAndOnlyMeterEquipmentBecomesAMeter() {
        UUID site = customer().site();
        UUID equipment = equipment(site, "meter");
        String number = number();
        post(PATH, Bodies.meter(number, equipment), Tokens.operations());

        Api.Reply sameNumber = post(PATH, Bodies.meter(number, equipment(site, "meter")), Tokens.operations());
        Api.Reply sameEquipment = post(PATH, Bodies.meter(number(), equipment), Tokens.operations());
        Api.Reply breaker = post(PATH, Bodies.meter(number(), equipment(site, "breaker")), Tokens.operations());
        Api.Reply nowhere = post(PATH, Bodies.meter(number(), UUID.randomUUID()), Tokens.operations());
        Api.Reply noKind = post(PATH, Bodies.with(Bodies.meter(number(), equipment(site, "meter")), "kind", "credit"),
                Tokens.operations());

        assertThat(sameNumber.status()).isEqualTo(409);
        assertThat(sameNumber.code()).isEqualTo("meters.duplicate_number");
        assertThat(sameEquipment.status()).isEqualTo(409);
        assertThat(sameEquipment.code()).isEqualTo("meters.equipment.taken");
        assertThat(breaker.status()).isEqualTo(400);
        assertThat(breaker.code()).isEqualTo("meters.equipment.not_a_meter");
        assertThat(nowhere.status()).isEqualTo(400);
        assertThat(nowhere.fieldsInError()).containsExactly("equipment");
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.fieldsInError()).containsExactly("kind");
    }

    @Test
    void linkingGivesTheMeterItsSitesContractFromTheRegisterValueRead() {
        Customer customer = customer();
        UUID meter = meter(customer.site());

        Api.Reply linked = link(meter, customer.contract(), "1204.5");

        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        assertThat(linked.json().path("contract").asString()).isEqualTo(customer.contract().toString());
        assertThat(linked.json().path("contract_number").asString()).startsWith("CT-");
        JsonNode link = linked.json().path("links").get(0);
        assertThat(link.path("opening_register_kwh").asString()).isEqualTo("1204.500");
        assertThat(link.path("unlinked_at").isNull()).isTrue();
        Api.Reply filtered = api.get(PATH + "?contract=" + customer.contract()).as(Tokens.operations()).send();
        assertThat(filtered.json().path("count").asInt()).isEqualTo(1);
    }

    @Test
    void aRetriedLinkGetsTheFirstAnswerAgainInsteadOfAConflict() {
        Customer customer = customer();
        UUID meter = meter(customer.site());
        String key = UUID.randomUUID().toString();
        String operator = Tokens.operations();
        Map<String, Object> body = Map.of("contract", customer.contract().toString(), "register_kwh", "42");

        Api.Reply first = api.post(PATH + meter + "/link/", body).as(operator).header(IDEMPOTENCY_KEY, key).send();
        Api.Reply retry = api.post(PATH + meter + "/link/", body).as(operator).header(IDEMPOTENCY_KEY, key).send();
        Api.Reply withoutKey = api.post(PATH + meter + "/unlink/", Map.of("register_kwh", "50")).as(operator)
                .send();

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(withoutKey.status()).isEqualTo(400);
        assertThat(withoutKey.code()).isEqualTo("idempotency.key_required");
        assertThat(jdbc.sql("select count(*) from meter_links where meter_id = ?").param(meter).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aContractHasOneMeterAtATime() {
        Customer customer = customer();
        UUID first = meter(customer.site());
        UUID second = meter(customer.site());
        link(first, customer.contract(), "0");

        Api.Reply again = link(second, customer.contract(), "0");
        Api.Reply busy = link(first, contract(customer.client(), customer.site(), "active"), "10");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("meters.link.contract_taken");
        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.code()).isEqualTo("meters.link.meter_taken");
    }

    @Test
    void aMeterMeasuresOnlyKnownLiveContractsOfItsOwnSite() {
        Customer customer = customer();
        Customer neighbour = customer();
        UUID meter = meter(customer.site());

        Api.Reply elsewhere = link(meter, neighbour.contract(), "0");
        Api.Reply unknown = link(meter, UUID.randomUUID(), "0");
        Api.Reply terminated = link(meter, contract(customer.client(), customer.site(), "terminated"), "0");
        Api.Reply negative = link(meter, customer.contract(), "-3");
        Api.Reply tooFine = link(meter, customer.contract(), "3.0001");
        Api.Reply future = post(PATH + meter + "/link/", Map.of("contract", customer.contract().toString(),
                "register_kwh", "0", "linked_at", Instant.now().plus(1, ChronoUnit.HOURS).toString()),
                Tokens.operations());

        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.code()).isEqualTo("meters.contract.another_site");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("meters.contract.unknown");
        assertThat(terminated.status()).isEqualTo(409);
        assertThat(terminated.code()).isEqualTo("meters.contract.terminated");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.fieldsInError()).containsExactly("register_kwh");
        assertThat(tooFine.status()).isEqualTo(400);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.fieldsInError()).containsExactly("linked_at");
        assertThat(api.get(PATH + meter + "/").as(Tokens.operations()).send().json().path("links")).isEmpty();
    }

    @Test
    void unlinkingClosesTheLinkAtARegisterValueNeverBelowItsOpening() {
        Customer customer = customer();
        UUID meter = meter(customer.site());
        link(meter, customer.contract(), "100");

        Api.Reply below = unlink(meter, "99.999");
        Api.Reply unlinked = unlink(meter, "180.25");
        Api.Reply twice = unlink(meter, "181");

        assertThat(below.status()).isEqualTo(400);
        assertThat(below.code()).isEqualTo("meters.register.below_opening");
        assertThat(unlinked.status()).as(unlinked.toString()).isEqualTo(200);
        assertThat(unlinked.json().path("contract").isNull()).isTrue();
        JsonNode link = unlinked.json().path("links").get(0);
        assertThat(link.path("closing_register_kwh").asString()).isEqualTo("180.250");
        assertThat(link.path("unlinked_at").isNull()).isFalse();
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("meters.link.none");
        assertThat(link(meter(customer.site()), customer.contract(), "0").status())
                .as("the contract is free for another meter").isEqualTo(200);
    }

    @Test
    void aSwapHandsTheContractToTheReplacementAtOneInstant() {
        Customer customer = customer();
        UUID old = meter(customer.site());
        UUID replacement = meter(customer.site());
        link(old, customer.contract(), "1204.5");

        Api.Reply swapped = post(PATH + old + "/swap/", Map.of("replacement", replacement.toString(),
                "register_kwh", "8731.25", "replacement_register_kwh", "0"), Tokens.operations());

        assertThat(swapped.status()).as(swapped.toString()).isEqualTo(200);
        assertThat(swapped.json().path("id").asString()).isEqualTo(replacement.toString());
        assertThat(swapped.json().path("contract").asString()).isEqualTo(customer.contract().toString());
        JsonNode opened = swapped.json().path("links").get(0);
        JsonNode closed = api.get(PATH + old + "/").as(Tokens.operations()).send().json().path("links").get(0);
        assertThat(opened.path("replaces_meter").asString()).isEqualTo(old.toString());
        assertThat(opened.path("opening_register_kwh").asString()).isEqualTo("0.000");
        assertThat(closed.path("replaced_by_meter").asString()).isEqualTo(replacement.toString());
        assertThat(closed.path("closing_register_kwh").asString()).isEqualTo("8731.250");
        assertThat(closed.path("unlinked_at").asString()).isEqualTo(opened.path("linked_at").asString());
    }

    @Test
    void aSwapRefusedForAnyReasonChangesNeitherMeter() {
        Customer customer = customer();
        UUID old = meter(customer.site());
        UUID elsewhere = meter(customer().site());
        link(old, customer.contract(), "500");

        Api.Reply otherSite = post(PATH + old + "/swap/", Map.of("replacement", elsewhere.toString(),
                "register_kwh", "600", "replacement_register_kwh", "0"), Tokens.operations());
        Api.Reply below = post(PATH + old + "/swap/", Map.of("replacement", meter(customer.site()).toString(),
                "register_kwh", "400", "replacement_register_kwh", "0"), Tokens.operations());
        Api.Reply unknown = post(PATH + old + "/swap/", Map.of("replacement", UUID.randomUUID().toString(),
                "register_kwh", "600", "replacement_register_kwh", "0"), Tokens.operations());

        assertThat(otherSite.status()).isEqualTo(400);
        assertThat(otherSite.code()).isEqualTo("meters.swap.another_site");
        assertThat(below.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.fieldsInError()).containsExactly("replacement");
        assertThat(api.get(PATH + old + "/").as(Tokens.operations()).send().json().path("contract").asString())
                .isEqualTo(customer.contract().toString());
    }

    @Test
    void listsFilterByLinkKindAndRelayAndRefuseUnknownCodes() {
        Customer customer = customer();
        UUID linked = meter(customer.site());
        UUID free = meter(customer.site());
        link(linked, customer.contract(), "0");
        String site = "?site=" + customer.site();

        Api.Reply onlyLinked = api.get(PATH + site + "&linked=true").as(Tokens.operations()).send();
        Api.Reply onlyFree = api.get(PATH + site + "&linked=false").as(Tokens.operations()).send();
        Api.Reply connected = api.get(PATH + site + "&relay_state=connected&kind=postpaid&remote_relay=true")
                .as(Tokens.operations()).send();
        Api.Reply badState = api.get(PATH + "?relay_state=ready").as(Tokens.operations()).send();

        assertThat(onlyLinked.json().path("results")).extracting(m -> m.path("id").asString())
                .containsExactly(linked.toString());
        assertThat(onlyFree.json().path("results")).extracting(m -> m.path("id").asString())
                .containsExactly(free.toString());
        assertThat(connected.json().path("count").asInt()).isEqualTo(2);
        assertThat(badState.status()).isEqualTo(400);
        assertThat(badState.fieldsInError()).containsExactly("relay_state");
        assertThat(api.get(PATH + UUID.randomUUID() + "/").as(Tokens.operations()).send().status()).isEqualTo(404);
    }
}

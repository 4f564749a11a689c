package energy.mwolo.crm.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.crm.AbstractApiIT;
import energy.mwolo.crm.Bodies;
import energy.mwolo.crm.Tokens;
import energy.mwolo.platformtest.Api;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContractApiIT extends AbstractApiIT {

    @Test
    void draftsAContractWithANumberAndAmountsAsStrings() {
        UUID client = client();
        UUID site = site(client);

        Api.Reply reply = api.post("/api/crm/contracts/", Bodies.contract(client, site)).as(Tokens.salesAgent())
                .send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().path("contract_number").asString()).matches("CT-\\d{4}-\\d{6}");
        assertThat(reply.json().path("status").asString()).isEqualTo("draft");
        assertThat(reply.json().path("price_per_kwh").isString()).isTrue();
        assertThat(reply.json().path("price_per_kwh").asString()).isEqualTo("250.5000");
        assertThat(reply.json().path("fixed_fee").asString()).isEqualTo("15000.00");
    }

    @Test
    void refusesTheSiteOfAnotherClientNamingTheSite() {
        UUID client = client();
        UUID othersSite = site(client());

        Api.Reply reply = api.post("/api/crm/contracts/", Bodies.contract(client, othersSite))
                .as(Tokens.salesAgent()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.fieldsInError()).containsExactly("site");
    }

    @Test
    void refusesATariffThatDoesNotFitTheTypeAndABillingDayPast28() {
        UUID client = client();
        UUID site = site(client);
        Map<String, Object> flatWithoutFee = Bodies.with(Bodies.with(Bodies.contract(client, site),
                "contract_type", "monthly_flat_fee"), "fixed_fee", null);

        Api.Reply noFee = api.post("/api/crm/contracts/", flatWithoutFee).as(Tokens.salesAgent()).send();
        Api.Reply day31 = api.post("/api/crm/contracts/", Bodies.with(Bodies.contract(client, site),
                "billing_day", 31)).as(Tokens.salesAgent()).send();
        Api.Reply euros = api.post("/api/crm/contracts/", Bodies.with(Bodies.contract(client, site),
                "currency", "EUR")).as(Tokens.salesAgent()).send();

        assertThat(noFee.fieldsInError()).containsExactly("fixed_fee");
        assertThat(day31.fieldsInError()).containsExactly("billing_day");
        assertThat(euros.fieldsInError()).containsExactly("currency");
    }

    @Test
    void followsDraftActiveSuspendedTerminatedAndRefusesEverythingElse() {
        UUID client = client();
        String path = "/api/crm/contracts/" + contract(client, site(client)) + "/";

        assertThat(action(path, "suspend").status()).isEqualTo(409);
        assertThat(action(path, "activate").json().path("status").asString()).isEqualTo("active");
        assertThat(action(path, "activate").status()).isEqualTo(409);
        assertThat(action(path, "suspend").json().path("status").asString()).isEqualTo("suspended");
        assertThat(action(path, "activate").json().path("status").asString()).isEqualTo("active");
        assertThat(action(path, "terminate").json().path("status").asString()).isEqualTo("terminated");
        Api.Reply afterEnd = action(path, "activate");
        assertThat(afterEnd.status()).isEqualTo(409);
        assertThat(afterEnd.json().path("code").asString()).isEqualTo("crm.transition.refused");
        assertThat(action(path, "terminate").status()).isEqualTo(409);
        assertThat(api.patch(path, Map.of("billing_day", 10)).as(Tokens.salesAgent()).send().status())
                .isEqualTo(409);
    }

    @Test
    void filtersByClientStatusAndType() {
        UUID client = client();
        UUID site = site(client);
        UUID active = contract(client, site);
        contract(client, site);
        action("/api/crm/contracts/" + active + "/", "activate");

        Api.Reply reply = api.get("/api/crm/contracts/?client=" + client + "&status=active&contract_type=metered"
                + "&ordering=-start_date").as(Tokens.operations()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("count").asInt()).isEqualTo(1);
        assertThat(reply.json().path("results").get(0).path("id").asString()).isEqualTo(active.toString());
    }

    @Test
    void keepsTheTariffCodeGivenAtCreationAndChangesOrRemovesItOnAmendment() {
        UUID client = client();
        UUID site = site(client);

        Api.Reply created = api.post("/api/crm/contracts/", Bodies.with(Bodies.contract(client, site),
                "tariff_code", " res-social")).as(Tokens.salesAgent()).send();
        String path = "/api/crm/contracts/" + created.json().path("id").asString() + "/";
        Api.Reply changed = api.patch(path, Map.of("tariff_code", "COM-BT")).as(Tokens.salesAgent()).send();
        Api.Reply otherField = api.patch(path, Map.of("billing_day", 10)).as(Tokens.salesAgent()).send();
        Api.Reply removed = api.patch(path, Map.of("tariff_code", "")).as(Tokens.salesAgent()).send();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("tariff_code").asString()).isEqualTo("RES-SOCIAL");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("tariff_code").asString()).isEqualTo("COM-BT");
        assertThat(otherField.json().path("tariff_code").asString()).isEqualTo("COM-BT");
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.json().path("tariff_code").isNull()).isTrue();
        assertThat(api.get(path).as(Tokens.operations()).send().json().path("tariff_code").isNull()).isTrue();
    }

    @Test
    void aContractWithoutTariffCodeAnswersNone() {
        UUID client = client();

        Api.Reply reply = api.get("/api/crm/contracts/" + contract(client, site(client)) + "/")
                .as(Tokens.operations()).send();

        assertThat(reply.json().has("tariff_code")).isTrue();
        assertThat(reply.json().path("tariff_code").isNull()).isTrue();
    }

    @Test
    void refusesATariffCodeOutsideTheCataloguesFormInFrenchAndInEnglish() {
        UUID client = client();
        UUID site = site(client);
        String path = "/api/crm/contracts/" + contract(client, site) + "/";

        Api.Reply french = api.post("/api/crm/contracts/", Bodies.with(Bodies.contract(client, site),
                "tariff_code", "RES SOCIAL")).as(Tokens.salesAgent()).send();
        Api.Reply english = api.patch(path, Map.of("tariff_code", "-RES", "billing_day", 12))
                .as(Tokens.salesAgent()).header("Accept-Language", "en").send();

        assertThat(french.status()).as(french.toString()).isEqualTo(400);
        assertThat(french.contentType()).isEqualTo("application/problem+json");
        assertThat(french.code()).isEqualTo("crm.contract.tariff_code");
        assertThat(french.fieldsInError()).containsExactly("tariff_code");
        assertThat(french.json().path("errors").get(0).path("message").asString())
                .startsWith("Code de tarif invalide : « RES SOCIAL ».");
        assertThat(english.status()).as(english.toString()).isEqualTo(400);
        assertThat(english.fieldsInError()).containsExactly("tariff_code");
        assertThat(english.json().path("errors").get(0).path("message").asString())
                .startsWith("Invalid tariff code: \"-RES\".");
        Api.Reply after = api.get(path).as(Tokens.operations()).send();
        assertThat(after.json().path("billing_day").asInt()).isEqualTo(5);
        assertThat(after.json().path("tariff_code").isNull()).isTrue();
        assertThat(api.get("/api/crm/contracts/?client=" + client).as(Tokens.operations()).send().json()
                .path("count").asInt()).isEqualTo(1);
    }

    private Api.Reply action(String path, String action) {
        return api.post(path + action + "/", null).as(Tokens.salesAgent()).send();
    }
}

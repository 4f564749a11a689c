package energy.mwolo.cms.pages;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.cms.AbstractApiIT;
import energy.mwolo.cms.Tokens;
import energy.mwolo.contracts.Topics;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageApiIT extends AbstractApiIT {

    private static String unique(String slug) {
        return slug + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> page(String frSlug, String content, String enSlug, boolean publish) {
        Map<String, Object> body = new HashMap<>();
        body.put("fr", Map.of("slug", frSlug, "title", "Titre " + frSlug, "content", content,
                "seo_description", "Description"));
        if (enSlug != null) {
            body.put("en", Map.of("slug", enSlug, "title", "Title " + enSlug, "content", "<p>English</p>"));
        }
        body.put("publish", publish);
        return body;
    }

    private UUID create(Map<String, Object> body) {
        Api.Reply reply = post("/api/cms/pages/", body, Tokens.admin());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return UUID.fromString(reply.json().path("id").asString());
    }

    @Test
    void aStoredXssAttemptInAPageIsNeutralisedBeforeAnyoneReadsIt() {
        String slug = unique("piege");
        create(page(slug, "<p>Offre</p><script>alert(document.cookie)</script>"
                + "<img src=\"https://mwolo.energy/x.png\" onerror=\"alert(1)\"><a href=\"javascript:alert(2)\">x</a>",
                null, true));

        Api.Reply reply = api.get("/api/cms/pages/" + slug + "/").send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        String content = reply.json().path("content").asString();
        assertThat(content).contains("<p>Offre</p>", "https://mwolo.energy/x.png")
                .doesNotContain("<script", "onerror", "javascript:", "alert");
        assertThat(jdbc.sql("SELECT content FROM page_texts WHERE slug = ?").param(slug).query(String.class).single())
                .isEqualTo(content);
    }

    @Test
    void anonymousWritesAre401AndWritesWithoutTheCmsPermissionAre403() {
        Api.Reply anonymous = post("/api/cms/pages/", page(unique("a"), "x", null, true), null);
        Api.Reply client = post("/api/cms/pages/", page(unique("b"), "x", null, true), Tokens.client());

        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
        assertThat(client.status()).as(client.toString()).isEqualTo(403);
        assertThat(client.code()).isEqualTo("auth.permission_denied");
    }

    @Test
    void draftsAreHiddenFromThePublicAndShownToStaff() {
        String slug = unique("brouillon");
        UUID id = create(page(slug, "<p>pas encore</p>", null, false));

        assertThat(api.get("/api/cms/pages/" + slug + "/").send().status()).isEqualTo(404);
        assertThat(api.get("/api/cms/pages/" + slug + "/").as(Tokens.admin()).send().json().path("published")
                .asBoolean()).isFalse();
        assertThat(api.get("/api/cms/pages/?page_size=100").send().body()).doesNotContain(slug);

        post("/api/cms/pages/" + id + "/publish/", null, Tokens.admin());

        assertThat(api.get("/api/cms/pages/" + slug + "/").send().status()).isEqualTo(200);
    }

    @Test
    void englishFallsBackToFrenchWhenAPageHasNoEnglishText() {
        String french = unique("a-propos");
        String english = unique("about");
        create(page(french, "<p>Français</p>", english, true));
        String onlyFrench = unique("mentions");
        create(page(onlyFrench, "<p>Seulement en français</p>", null, true));

        Api.Reply translated = api.get("/api/cms/pages/" + english + "/?lang=en").send();
        Api.Reply fallback = api.get("/api/cms/pages/" + onlyFrench + "/").header("Accept-Language", "en").send();

        assertThat(translated.json().path("language").asString()).isEqualTo("en");
        assertThat(translated.json().path("content").asString()).isEqualTo("<p>English</p>");
        assertThat(translated.json().path("slugs").path("fr").asString()).isEqualTo(french);
        assertThat(fallback.json().path("language").asString()).isEqualTo("fr");
        assertThat(fallback.json().path("content").asString()).isEqualTo("<p>Seulement en français</p>");
    }

    @Test
    void aSlugIsUniquePerLanguageOnly() {
        String slug = unique("contact");
        create(page(slug, "x", null, false));

        Api.Reply sameLanguage = post("/api/cms/pages/", page(slug, "y", null, false), Tokens.admin());
        Api.Reply otherLanguage = post("/api/cms/pages/", page(unique("contact-fr"), "y", slug, false),
                Tokens.admin());

        assertThat(sameLanguage.status()).as(sameLanguage.toString()).isEqualTo(409);
        assertThat(sameLanguage.code()).isEqualTo("cms.slug.taken");
        assertThat(otherLanguage.status()).as(otherLanguage.toString()).isEqualTo(201);
    }

    @Test
    void twoEditorsTakingTheSameSlugAtOnceGetOnePageAndOne409() throws Exception {
        String slug = unique("concours");
        java.util.concurrent.ExecutorService editors = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                replies.add(editors.submit(() -> {
                    start.await();
                    return post("/api/cms/pages/", page(slug, "x", null, false), Tokens.admin());
                }));
            }
            start.countDown();
            List<Api.Reply> answers = new java.util.ArrayList<>();
            for (var reply : replies) {
                answers.add(reply.get());
            }

            assertThat(answers).extracting(Api.Reply::status).containsExactlyInAnyOrder(201, 409);
            assertThat(answers).filteredOn(reply -> reply.status() == 409).extracting(Api.Reply::code)
                    .first().isIn("cms.slug.taken", "cms.slug.taken_at_once");
            assertThat(jdbc.sql("SELECT count(*) FROM page_texts WHERE slug = ?").param(slug).query(Long.class)
                    .single()).isEqualTo(1);
        } finally {
            editors.shutdown();
        }
    }

    @Test
    void aBadSlugOrAMissingFrenchTextIsA400NamingTheField() {
        Api.Reply badSlug = post("/api/cms/pages/", page("Pas Un Slug!", "x", null, false), Tokens.admin());
        Api.Reply noFrench = post("/api/cms/pages/", Map.of("en", Map.of("slug", unique("x"), "title", "X")),
                Tokens.admin());

        assertThat(badSlug.status()).isEqualTo(400);
        assertThat(badSlug.code()).isEqualTo("cms.validation.slug");
        assertThat(badSlug.fieldsInError()).containsExactly("fr.slug");
        assertThat(noFrench.status()).as(noFrench.toString()).isEqualTo(400);
    }

    @Test
    void publicAnswersCarryAnEtagAndARevalidationOfUnchangedContentIs304() {
        String slug = unique("tarifs");
        UUID id = create(page(slug, "<p>v1</p>", null, true));
        Api.Reply first = api.get("/api/cms/pages/" + slug + "/").send();
        String etag = first.header("ETag");

        Api.Reply revalidated = api.get("/api/cms/pages/" + slug + "/").header("If-None-Match", etag).send();
        Api.Reply list = api.get("/api/cms/pages/").send();

        assertThat(etag).isNotBlank();
        assertThat(first.header("Cache-Control")).contains("public", "max-age=60");
        assertThat(revalidated.status()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(list.header("ETag")).isNotBlank();

        api.put("/api/cms/pages/" + id + "/", page(slug, "<p>v2</p>", null, false)).as(Tokens.admin()).send();
        Api.Reply changed = api.get("/api/cms/pages/" + slug + "/").header("If-None-Match", etag).send();

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("content").asString()).isEqualTo("<p>v2</p>");
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void staffAnswersAreNeverStoredByACache() {
        String slug = unique("equipe");
        create(page(slug, "x", null, false));

        Api.Reply staff = api.get("/api/cms/pages/" + slug + "/").as(Tokens.admin()).send();

        assertThat(staff.header("Cache-Control")).contains("no-store", "private");
        assertThat(staff.header("ETag")).isNull();
    }

    @Test
    void publishingAPageAnnouncesItOnceOnItsTopic() {
        String slug = unique("actualites");
        UUID id = create(page(slug, "x", unique("news"), true));
        post("/api/cms/pages/" + id + "/publish/", null, Tokens.admin());

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.CMS_PAGE_EVENTS)) {
            List<ReceivedEvent> received = events.awaitAtLeast(1, e -> id.toString().equals(e.key()),
                    Duration.ofSeconds(60));

            assertThat(received).hasSize(1);
            assertThat(received.get(0).header("ce_type")).isEqualTo("cms.PagePublished");
            assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(received.get(0).value())
                    .path("slug").asString()).isEqualTo(slug);
        }
    }
}

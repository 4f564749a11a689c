package energy.mwolo.cms.posts;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.cms.AbstractApiIT;
import energy.mwolo.cms.Tokens;
import energy.mwolo.contracts.Topics;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PostApiIT extends AbstractApiIT {

    @Autowired
    private PublishingDuePosts publishing;

    private static String unique(String slug) {
        return slug + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> post(String slug, boolean publish, Instant scheduledFor) {
        Map<String, Object> body = new HashMap<>();
        body.put("fr", Map.of("slug", slug, "title", "Titre", "excerpt", "<b>Résumé</b>",
                "content", "<p>Texte</p><script>x()</script>"));
        body.put("cover_image", "https://mwolo.energy/images/agence.jpg");
        body.put("publish", publish);
        if (scheduledFor != null) {
            body.put("scheduled_for", scheduledFor.toString());
        }
        return body;
    }

    private UUID create(Map<String, Object> body) {
        Api.Reply reply = post("/api/cms/posts/", body, Tokens.admin());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return UUID.fromString(reply.json().path("id").asString());
    }

    @Test
    void aPublishedPostIsReadByThePublicWithItsPublicationDateAndCleanContent() {
        String slug = unique("nouvelle-agence");
        create(post(slug, true, null));

        Api.Reply reply = api.get("/api/cms/posts/" + slug + "/").send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("published_at").asString()).isNotBlank();
        assertThat(reply.json().path("excerpt").asString()).isEqualTo("Résumé");
        assertThat(reply.json().path("content").asString()).isEqualTo("<p>Texte</p>");
        assertThat(reply.json().path("texts").isNull()).isTrue();
    }

    @Test
    void aScheduledPostStaysHiddenUntilItsTimeThenGoesPublicOnceWithItsEvent() {
        String slug = unique("programme");
        UUID id = create(post(slug, false, Instant.now().plusSeconds(2)));

        assertThat(api.get("/api/cms/posts/" + slug + "/").send().status()).isEqualTo(404);
        assertThat(api.get("/api/cms/posts/" + id + "/").as(Tokens.admin()).send().json().path("status").asString())
                .isEqualTo("scheduled");

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            publishing.publishDue();
            assertThat(api.get("/api/cms/posts/" + slug + "/").send().status()).isEqualTo(200);
        });
        publishing.publishDue();

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.CMS_POST_EVENTS)) {
            List<ReceivedEvent> received = events.awaitAtLeast(1, e -> id.toString().equals(e.key()),
                    Duration.ofSeconds(60));
            assertThat(received).hasSize(1);
            assertThat(received.get(0).header("ce_type")).isEqualTo("cms.PostPublished");
        }
    }

    @Test
    void theListShowsPublishedPostsOnlyNewestFirstPaginated() {
        String older = unique("ancien");
        String newer = unique("recent");
        String draft = unique("brouillon");
        create(post(older, true, null));
        create(post(newer, true, null));
        create(post(draft, false, null));

        Api.Reply first = api.get("/api/cms/posts/?page_size=1").send();
        Api.Reply second = api.get("/api/cms/posts/?page_size=1&page=2").send();
        Api.Reply all = api.get("/api/cms/posts/?page_size=100").send();

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("results").get(0).path("slug").asString()).isEqualTo(newer);
        assertThat(first.json().path("next").asString()).contains("page=2");
        assertThat(second.json().path("results").get(0).path("slug").asString()).isEqualTo(older);
        assertThat(all.body()).doesNotContain(draft);
        assertThat(first.header("ETag")).isNotBlank();
    }

    @Test
    void aPublishedPostCannotBeScheduledAndABadCoverIsRefused() {
        UUID id = create(post(unique("publie"), true, null));

        Api.Reply schedule = post("/api/cms/posts/" + id + "/schedule/",
                Map.of("scheduled_for", Instant.now().plusSeconds(3600).toString()), Tokens.admin());
        Map<String, Object> badCover = post(unique("couverture"), false, null);
        badCover.put("cover_image", "javascript:alert(1)");
        Api.Reply cover = post("/api/cms/posts/", badCover, Tokens.admin());

        assertThat(schedule.status()).as(schedule.toString()).isEqualTo(409);
        assertThat(schedule.code()).isEqualTo("cms.post.already_published");
        assertThat(cover.status()).isEqualTo(400);
        assertThat(cover.code()).isEqualTo("cms.validation.url");
    }
}

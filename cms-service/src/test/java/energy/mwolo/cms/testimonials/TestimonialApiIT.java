package energy.mwolo.cms.testimonials;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.cms.AbstractApiIT;
import energy.mwolo.cms.Tokens;
import energy.mwolo.platformtest.Api;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TestimonialApiIT extends AbstractApiIT {

    private UUID submitted(String message) {
        return submitted(message, "");
    }

    /** Sends the message followed by {@code markup}, which is not kept. */
    private UUID submitted(String message, String markup) {
        Api.Reply sent = post("/api/cms/testimonial-submissions/", Map.of("name", "Papy Kabasele",
                "detail", "Limete", "message", message + markup, "rating", 5), null);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        return jdbc.sql("SELECT id FROM testimonials WHERE message = ?").param(message).query(UUID.class).single();
    }

    @Test
    void aTestimonialIsPublicOnlyOnceStaffApproveIt() {
        String message = "Service rapide à Limete " + UUID.randomUUID();
        UUID id = submitted(message, " <script>alert(1)</script>");

        assertThat(api.get("/api/cms/testimonials/?page_size=100").send().body()).doesNotContain(message);
        assertThat(post("/api/cms/testimonials/" + id + "/approve/", null, Tokens.client()).status()).isEqualTo(403);
        Api.Reply approved = post("/api/cms/testimonials/" + id + "/approve/", null, Tokens.admin());

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        String list = api.get("/api/cms/testimonials/?page_size=100").send().body();
        assertThat(list).contains(message).doesNotContain("<script");
    }

    @Test
    void aDecisionIsTakenOnceAndRepeatingItChangesNothing() {
        UUID id = submitted("Merci " + UUID.randomUUID());
        post("/api/cms/testimonials/" + id + "/reject/", null, Tokens.admin());

        Api.Reply again = post("/api/cms/testimonials/" + id + "/reject/", null, Tokens.admin());
        Api.Reply contrary = post("/api/cms/testimonials/" + id + "/approve/", null, Tokens.admin());

        assertThat(again.status()).isEqualTo(200);
        assertThat(contrary.status()).isEqualTo(409);
        assertThat(contrary.code()).isEqualTo("cms.testimonial.already_decided");
    }

    @Test
    void pendingOnesAreStaffsAndABadRatingIsA400() {
        Api.Reply anonymous = api.get("/api/cms/testimonials/?status=pending").send();
        Api.Reply badRating = post("/api/cms/testimonial-submissions/", Map.of("name", "X", "message", "Y",
                "rating", 9), null);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(badRating.status()).isEqualTo(400);
        assertThat(badRating.fieldsInError()).containsExactly("rating");
    }
}

package energy.mwolo.cms.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.cms.AbstractApiIT;
import energy.mwolo.cms.Tokens;
import energy.mwolo.embedded.notifications.CaughtMail;
import energy.mwolo.platformtest.Api;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class NewsletterApiIT extends AbstractApiIT {

    private static final Pattern CONFIRM = Pattern.compile("confirmer\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("desabonner\\?token=([A-Za-z0-9_-]+)");

    private static String address() {
        return "lecteur." + UUID.randomUUID() + "@example.cd";
    }

    private List<CaughtMail> awaitMails(String email, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> MAIL.messagesTo(email), mails -> mails.size() >= count);
    }

    private static String token(Pattern pattern, CaughtMail mail) {
        Matcher matcher = pattern.matcher(mail.text());
        assertThat(matcher.find()).as(mail.text()).isTrue();
        return matcher.group(1);
    }

    private String status(String email) {
        return jdbc.sql("SELECT status FROM newsletter_subscriptions WHERE email = ?").param(email)
                .query(String.class).single();
    }

    @Test
    void aSubscriptionIsPendingUntilTheMailedLinkConfirmsIt() {
        String email = address();

        Api.Reply subscribed = post("/api/cms/newsletter/subscribe/", Map.of("email", email), null);

        assertThat(subscribed.status()).as(subscribed.toString()).isEqualTo(202);
        assertThat(status(email)).isEqualTo("pending");
        CaughtMail mail = awaitMails(email, 1).get(0);
        assertThat(mail.text()).contains("https://www.mwolo.test/newsletter/confirmer?token=");
        Api.Reply confirmed = post("/api/cms/newsletter/confirm/", Map.of("token", token(CONFIRM, mail)), null);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(status(email)).isEqualTo("confirmed");
        assertThat(post("/api/cms/newsletter/confirm/", Map.of("token", token(CONFIRM, mail)), null).status())
                .as("a confirmed subscription's link is spent").isEqualTo(400);
    }

    @Test
    void oneClickUnsubscribeWorksWithTheTokenInTheLinkAndTwiceIsHarmless() {
        String email = address();
        post("/api/cms/newsletter/subscribe/", Map.of("email", email, "language", "en"), null);
        CaughtMail mail = awaitMails(email, 1).get(0);
        assertThat(mail.subject()).contains("Confirm your subscription");
        String token = token(UNSUBSCRIBE, mail);

        Api.Reply first = api.post("/api/cms/newsletter/unsubscribe/?token=" + token, null).send();
        Api.Reply again = api.post("/api/cms/newsletter/unsubscribe/?token=" + token, null).send();

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(status(email)).isEqualTo("unsubscribed");
    }

    @Test
    void subscribingAConfirmedAddressAgainSendsNothingAndTellsNothing() {
        String email = address();
        post("/api/cms/newsletter/subscribe/", Map.of("email", email), null);
        post("/api/cms/newsletter/confirm/", Map.of("token", token(CONFIRM, awaitMails(email, 1).get(0))), null);

        Api.Reply again = post("/api/cms/newsletter/subscribe/", Map.of("email", email.toUpperCase()), null);

        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().path("status").asString()).isEqualTo("received");
        assertThat(status(email)).isEqualTo("confirmed");
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> MAIL.messagesTo(email).size() == 1);
    }

    @Test
    void anUnknownTokenIsA400AndARobotIsAnsweredButNotSubscribed() {
        String robot = address();

        Api.Reply unknown = post("/api/cms/newsletter/confirm/", Map.of("token", "nope"), null);
        Api.Reply trapped = post("/api/cms/newsletter/subscribe/", Map.of("email", robot, "website", "x"), null);

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("cms.newsletter.token_invalid");
        assertThat(trapped.status()).isEqualTo(202);
        assertThat(jdbc.sql("SELECT count(*) FROM newsletter_subscriptions WHERE email = ?").param(robot)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theSubscriberListIsStaffsOnly() {
        assertThat(api.get("/api/cms/newsletter/subscribers/").send().status()).isEqualTo(401);
        assertThat(api.get("/api/cms/newsletter/subscribers/?status=pending").as(Tokens.admin()).send().status())
                .isEqualTo(200);
    }
}

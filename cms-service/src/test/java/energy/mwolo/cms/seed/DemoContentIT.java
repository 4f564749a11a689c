package energy.mwolo.cms.seed;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.cms.AbstractApiIT;
import energy.mwolo.cms.faqs.ManagingFaqs;
import energy.mwolo.cms.offerings.ManagingOfferings;
import energy.mwolo.cms.pages.EditingPages;
import energy.mwolo.cms.pages.Pages;
import energy.mwolo.platformtest.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dev profile's demo content, as the website reads it (the seed is built here: tests run without that profile). */
class DemoContentIT extends AbstractApiIT {

    @Autowired
    private Pages pages;
    @Autowired
    private EditingPages editingPages;
    @Autowired
    private ManagingOfferings offerings;
    @Autowired
    private ManagingFaqs faqs;

    @Test
    void seedsAPublishedHomePageServicesAndFaqsInFrenchAndEnglish() {
        new DemoContent(pages, editingPages, offerings, faqs).seed();

        Api.Reply home = api.get("/api/cms/pages/home/?lang=en").send();
        Api.Reply accueil = api.get("/api/cms/pages/accueil/").send();
        Api.Reply services = api.get("/api/cms/services/?lang=en").send();
        Api.Reply questions = api.get("/api/cms/faqs/?category=billing").send();

        assertThat(home.status()).as(home.toString()).isEqualTo(200);
        assertThat(home.json().path("title").asString()).isEqualTo("Home");
        assertThat(accueil.json().path("title").asString()).isEqualTo("Accueil");
        assertThat(services.body()).contains("Prepaid meters", "Mobile-money payment");
        assertThat(questions.status()).as(questions.toString()).isEqualTo(200);
        assertThat(questions.json().path("results").get(0).path("question").asString())
                .isEqualTo("Comment payer ma facture ?");
        assertThat(questions.json().path("count").asLong()).isEqualTo(2);
    }
}

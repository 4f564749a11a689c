package energy.mwolo.cms.seed;

import energy.mwolo.cms.faqs.ManagingFaqs;
import energy.mwolo.cms.kernel.Bilingual;
import energy.mwolo.cms.offerings.ManagingOfferings;
import energy.mwolo.cms.pages.EditingPages;
import energy.mwolo.cms.pages.PageText;
import energy.mwolo.cms.pages.Pages;
import energy.mwolo.platform.security.CurrentUser;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In the dev profile only, an empty website gets demo content through the same use cases staff use (cleaned,
 * published, announced): the home page, four services and five FAQs, in French and English. Nothing is added once
 * any page exists, so a restart or a developer's own edits are left alone.
 */
@Component
@Profile("dev")
class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    /** The seed acts as a super administrator of its own; events name it as their actor. */
    private static final CurrentUser SEED = new CurrentUser(UUID.nameUUIDFromBytes("mwolo.dev/cms-seed".getBytes()),
            Set.of(CurrentUser.SUPER_ADMIN), Set.of(), null, null, null);

    private final Pages pages;
    private final EditingPages editingPages;
    private final ManagingOfferings offerings;
    private final ManagingFaqs faqs;

    DemoContent(Pages pages, EditingPages editingPages, ManagingOfferings offerings, ManagingFaqs faqs) {
        this.pages = pages;
        this.editingPages = editingPages;
        this.offerings = offerings;
        this.faqs = faqs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (pages.count() > 0) {
            return;
        }
        seed();
        log.info("Demo content seeded: home page, services and FAQs in French and English");
    }

    void seed() {
        home();
        services();
        questions();
    }

    private void home() {
        editingPages.create(Map.of(
                "fr", PageText.of("fr", "accueil", "Accueil",
                        "<h1>L’électricité, partout au Congo</h1><p>Mwolo Energy raccorde les foyers et les entreprises"
                                + " de Kinshasa au Haut-Katanga, et vous suit du compteur à la facture.</p>",
                        "Mwolo Energy : l’électricité au Congo",
                        "Raccordement, compteurs prépayés et paiement par mobile money."),
                "en", PageText.of("en", "home", "Home",
                        "<h1>Electricity across the Congo</h1><p>Mwolo Energy connects homes and businesses from"
                                + " Kinshasa to Haut-Katanga, and follows you from the meter to the invoice.</p>",
                        "Mwolo Energy: electricity in the DR Congo",
                        "Connections, prepaid meters and mobile-money payments.")), true, SEED);
    }

    private void services() {
        service(0, "plug", "Raccordement au réseau", "Grid connection",
                "<p>Étude, devis et raccordement de votre domicile ou de votre commerce.</p>",
                "<p>Survey, quote and connection of your home or business.</p>");
        service(1, "gauge", "Compteurs prépayés", "Prepaid meters",
                "<p>Achetez votre électricité à l’avance et suivez votre consommation.</p>",
                "<p>Buy your electricity in advance and follow your consumption.</p>");
        service(2, "phone", "Paiement mobile money", "Mobile-money payment",
                "<p>Payez vos factures avec M-Pesa, Airtel Money ou Orange Money.</p>",
                "<p>Pay your invoices with M-Pesa, Airtel Money or Orange Money.</p>");
        service(3, "wrench", "Dépannage", "Repairs",
                "<p>Une équipe d’intervention dans chaque agence.</p>", "<p>A field team in every agency.</p>");
    }

    private void service(int position, String icon, String titleFr, String titleEn, String fr, String en) {
        offerings.create(Bilingual.plain(titleFr, titleEn, "title", 200), Bilingual.rich(fr, en, "description"),
                icon, position, true, SEED);
    }

    private void questions() {
        faq("connection", 0, "Combien de temps prend un raccordement ?", "How long does a connection take?",
                "<p>Deux à quatre semaines après le paiement du devis.</p>",
                "<p>Two to four weeks after the quote is paid.</p>");
        faq("connection", 1, "Quels documents fournir ?", "Which documents are needed?",
                "<p>Une pièce d’identité et un justificatif d’adresse.</p>",
                "<p>An identity document and a proof of address.</p>");
        faq("billing", 0, "Comment payer ma facture ?", "How do I pay my invoice?",
                "<p>En agence ou par mobile money, avec le numéro de votre facture.</p>",
                "<p>At an agency or by mobile money, with your invoice number.</p>");
        faq("billing", 1, "Dans quelle monnaie suis-je facturé ?", "In which currency am I billed?",
                "<p>Les tarifs sont fixés en dollars et payables en francs congolais au taux du jour.</p>",
                "<p>Tariffs are set in US dollars and payable in Congolese francs at the day’s rate.</p>");
        faq("outages", 0, "Que faire en cas de coupure ?", "What should I do during an outage?",
                "<p>Signalez-la depuis votre espace client ou à votre agence.</p>",
                "<p>Report it from your customer area or to your agency.</p>");
    }

    private void faq(String category, int position, String questionFr, String questionEn, String fr, String en) {
        faqs.create(category, Bilingual.plain(questionFr, questionEn, "question", 500),
                Bilingual.rich(fr, en, "answer"), position, true, SEED);
    }
}

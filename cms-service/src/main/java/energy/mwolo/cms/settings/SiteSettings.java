package energy.mwolo.cms.settings;

import energy.mwolo.cms.kernel.Bilingual;
import energy.mwolo.cms.kernel.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one row of the website's settings; replaced whole by staff. */
@Entity
@Table(name = "site_settings")
public class SiteSettings {

    /** Contacts and social links as staff send them, already checked. */
    public record Contacts(String phone, String email, String address, String facebookUrl, String linkedinUrl,
            String xUrl, String youtubeUrl, String whatsappNumber) {
    }

    @Id
    private short id;
    private String companyName;
    private String phone;
    private String email;
    private String address;
    private String heroTitleFr;
    private String heroTitleEn;
    private String heroTextFr;
    private String heroTextEn;
    private String facebookUrl;
    private String linkedinUrl;
    private String xUrl;
    private String youtubeUrl;
    private String whatsappNumber;
    private Instant updatedAt;

    protected SiteSettings() {
    }

    void replace(String companyName, Contacts contacts, Bilingual heroTitle, Bilingual heroText, Instant now) {
        this.companyName = companyName;
        this.phone = contacts.phone();
        this.email = contacts.email();
        this.address = contacts.address();
        this.facebookUrl = contacts.facebookUrl();
        this.linkedinUrl = contacts.linkedinUrl();
        this.xUrl = contacts.xUrl();
        this.youtubeUrl = contacts.youtubeUrl();
        this.whatsappNumber = contacts.whatsappNumber();
        this.heroTitleFr = heroTitle == null ? null : heroTitle.fr();
        this.heroTitleEn = heroTitle == null ? null : heroTitle.en();
        this.heroTextFr = heroText == null ? null : heroText.fr();
        this.heroTextEn = heroText == null ? null : heroText.en();
        this.updatedAt = now;
    }

    public String companyName() {
        return companyName;
    }

    public Contacts contacts() {
        return new Contacts(phone, email, address, facebookUrl, linkedinUrl, xUrl, youtubeUrl, whatsappNumber);
    }

    public String heroTitle(Language language) {
        return heroTitleFr == null ? null : new Bilingual(heroTitleFr, heroTitleEn).in(language);
    }

    public String heroText(Language language) {
        return heroTextFr == null ? null : new Bilingual(heroTextFr, heroTextEn).in(language);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

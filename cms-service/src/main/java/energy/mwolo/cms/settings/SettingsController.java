package energy.mwolo.cms.settings;

import energy.mwolo.cms.caching.PublicContent;
import energy.mwolo.cms.kernel.Bilingual;
import energy.mwolo.cms.kernel.Language;
import energy.mwolo.cms.kernel.Links;
import energy.mwolo.cms.kernel.RichText;
import energy.mwolo.platform.readmodels.agencies.Agency;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cms/settings/} for the website (hero texts in the language served); {@code PUT} for staff.
 * The open agencies with their addresses and contacts come along, from geo-service's events (the agency read
 * model): the website's footer and contact page need no second call.
 */
@RestController
@RequestMapping("/api/cms/settings")
class SettingsController {

    private final ManagingSettings managing;

    SettingsController(ManagingSettings managing) {
        this.managing = managing;
    }

    @PublicContent
    @Operation(summary = "Consulter les paramètres du site")
    @GetMapping({"", "/"})
    SettingsBody get(@RequestParam(required = false) String lang) {
        return SettingsBody.of(managing.current(), managing.agencies(), Language.preferred(lang));
    }

    @Operation(summary = "Remplacer les paramètres du site")
    @PutMapping({"", "/"})
    SettingsBody replace(@RequestBody @Valid SettingsRequest request, CurrentUser user) {
        return SettingsBody.of(managing.replace(RichText.plain(request.companyName()), request.contacts(),
                request.heroTitleFr() == null ? null : Bilingual.plain(request.heroTitleFr(), request.heroTitleEn(),
                        "hero_title", 200),
                request.heroTextFr() == null ? null : Bilingual.plain(request.heroTextFr(), request.heroTextEn(),
                        "hero_text", 1000), user), managing.agencies(), Language.FR);
    }

    /**
     * The website's settings as staff send them; they replace the current ones whole, so a field left out is cleared.
     *
     * @param companyName the company's name as the website shows it, required, 120 characters at most (tags are
     *     removed)
     * @param phone the company's contact phone number (+243...), 30 characters at most; optional
     * @param email the company's contact email address, 254 characters at most; optional
     * @param address the company's postal address, 300 characters at most (tags are removed); optional
     * @param heroTitleFr the headline of the home page in French, plain text, 200 characters at most; null leaves the
     *     home page without a headline (the English one is then ignored)
     * @param heroTitleEn the headline in English, 200 characters at most; null or blank shows the French one
     * @param heroTextFr the text under the headline in French, plain text, 1,000 characters at most; null leaves none
     *     (the English one is then ignored)
     * @param heroTextEn the text under the headline in English, 1,000 characters at most; null or blank shows the
     *     French one
     * @param facebookUrl the company's Facebook page, an absolute http or https address; null or blank for none
     * @param linkedinUrl the company's LinkedIn page, an absolute http or https address; null or blank for none
     * @param xUrl the company's X (Twitter) page, an absolute http or https address; null or blank for none
     * @param youtubeUrl the company's YouTube channel, an absolute http or https address; null or blank for none
     * @param whatsappNumber the phone number that answers on WhatsApp (+243...), 30 characters at most; optional
     */
    record SettingsRequest(@NotBlank @Size(max = 120) String companyName, @Size(max = 30) String phone,
            @Email @Size(max = 254) String email, @Size(max = 300) String address, String heroTitleFr,
            String heroTitleEn, String heroTextFr, String heroTextEn, String facebookUrl, String linkedinUrl,
            String xUrl, String youtubeUrl, @Size(max = 30) String whatsappNumber) {

        SiteSettings.Contacts contacts() {
            return new SiteSettings.Contacts(phone, email, RichText.plain(address),
                    Links.checked(facebookUrl, "facebook_url"), Links.checked(linkedinUrl, "linkedin_url"),
                    Links.checked(xUrl, "x_url"), Links.checked(youtubeUrl, "youtube_url"), whatsappNumber);
        }
    }

    /**
     * The website's settings (company name, contacts, home page texts, social links) with the open agencies, in one
     * language; what the website's header, footer and contact page show.
     *
     * @param companyName the company's name as the website shows it
     * @param phone the company's contact phone number; null when not set
     * @param email the company's contact email address; null when not set
     * @param address the company's postal address; null when not set
     * @param heroTitle the headline of the home page in the language asked ({@code ?lang=}), or the French one when it
     *     has no English; in French in the answer to a replace; null when not set
     * @param heroText the text under the headline, in the same language as {@code hero_title}; null when not set
     * @param facebookUrl the company's Facebook page; null when not set
     * @param linkedinUrl the company's LinkedIn page; null when not set
     * @param xUrl the company's X (Twitter) page; null when not set
     * @param youtubeUrl the company's YouTube channel; null when not set
     * @param whatsappNumber the phone number that answers on WhatsApp; null when not set
     * @param agencies the company's open agencies, by name, as geo-service last announced them
     * @param updatedAt when staff last replaced the settings (ISO-8601, UTC)
     */
    record SettingsBody(String companyName, String phone, String email, String address, String heroTitle,
            String heroText, String facebookUrl, String linkedinUrl, String xUrl, String youtubeUrl,
            String whatsappNumber, List<AgencyBody> agencies, Instant updatedAt) {

        static SettingsBody of(SiteSettings s, List<Agency> agencies, Language language) {
            SiteSettings.Contacts c = s.contacts();
            return new SettingsBody(s.companyName(), c.phone(), c.email(), c.address(), s.heroTitle(language),
                    s.heroText(language), c.facebookUrl(), c.linkedinUrl(), c.xUrl(), c.youtubeUrl(),
                    c.whatsappNumber(), agencies.stream().map(AgencyBody::of).toList(), s.updatedAt());
        }
    }

    /**
     * An open agency as the website shows it; {@code address}, {@code phone}, {@code email} null when unknown.
     *
     * @param code the agency's code, such as {@code AG-KN-001}: its province's code, then a three-digit sequence
     * @param name the agency's name
     * @param address the agency's postal address; null when unknown
     * @param phone the agency's phone number; null when unknown
     * @param email the agency's email address; null when unknown
     */
    record AgencyBody(String code, String name, String address, String phone, String email) {

        static AgencyBody of(Agency agency) {
            return new AgencyBody(agency.code(), agency.name(), agency.address(), agency.phone(), agency.email());
        }
    }
}

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

    /** An open agency as the website shows it; {@code address}, {@code phone}, {@code email} null when unknown. */
    record AgencyBody(String code, String name, String address, String phone, String email) {

        static AgencyBody of(Agency agency) {
            return new AgencyBody(agency.code(), agency.name(), agency.address(), agency.phone(), agency.email());
        }
    }
}

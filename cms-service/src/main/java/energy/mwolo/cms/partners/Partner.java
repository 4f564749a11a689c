package energy.mwolo.cms.partners;

import energy.mwolo.cms.kernel.Links;
import energy.mwolo.cms.kernel.RichText;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A partner: name, its site and logo (absolute http(s) addresses), position, active flag. */
@Entity
@Table(name = "partners")
public class Partner {

    @Id
    private UUID id;
    private String name;
    private String websiteUrl;
    private String logoUrl;
    private int position;
    private boolean active;
    private Instant updatedAt;

    protected Partner() {
    }

    static Partner create(String name, String website, String logo, int position, boolean active, Instant now) {
        Partner partner = new Partner();
        partner.id = UUID.randomUUID();
        partner.revise(name, website, logo, position, active, now);
        return partner;
    }

    void revise(String name, String website, String logo, int position, boolean active, Instant now) {
        this.name = RichText.plain(name);
        this.websiteUrl = Links.checked(website, "website_url");
        this.logoUrl = Links.checked(logo, "logo_url");
        this.position = position;
        this.active = active;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String websiteUrl() {
        return websiteUrl;
    }

    public String logoUrl() {
        return logoUrl;
    }

    public int position() {
        return position;
    }

    public boolean active() {
        return active;
    }
}

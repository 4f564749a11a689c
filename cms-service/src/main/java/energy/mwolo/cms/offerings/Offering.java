package energy.mwolo.cms.offerings;

import energy.mwolo.cms.kernel.Bilingual;
import energy.mwolo.cms.kernel.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One service offered (connection, prepaid meters, solar kits...): title, description, icon, order, active. */
@Entity
@Table(name = "offerings")
public class Offering {

    @Id
    private UUID id;
    private String titleFr;
    private String titleEn;
    private String descriptionFr;
    private String descriptionEn;
    private String icon;
    private int position;
    private boolean active;
    private Instant updatedAt;

    protected Offering() {
    }

    static Offering create(Bilingual title, Bilingual description, String icon, int position, boolean active,
            Instant now) {
        Offering offering = new Offering();
        offering.id = UUID.randomUUID();
        offering.revise(title, description, icon, position, active, now);
        return offering;
    }

    void revise(Bilingual title, Bilingual description, String icon, int position, boolean active, Instant now) {
        this.titleFr = title.fr();
        this.titleEn = title.en();
        this.descriptionFr = description.fr();
        this.descriptionEn = description.en();
        this.icon = icon;
        this.position = position;
        this.active = active;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String title(Language language) {
        return new Bilingual(titleFr, titleEn).in(language);
    }

    public String description(Language language) {
        return new Bilingual(descriptionFr, descriptionEn).in(language);
    }

    public String icon() {
        return icon;
    }

    public int position() {
        return position;
    }

    public boolean active() {
        return active;
    }
}

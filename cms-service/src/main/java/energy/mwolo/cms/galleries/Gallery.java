package energy.mwolo.cms.galleries;

import energy.mwolo.cms.kernel.Bilingual;
import energy.mwolo.cms.kernel.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A gallery: its title, its place among galleries, and whether the public sees it (and its images). */
@Entity
@Table(name = "galleries")
public class Gallery {

    @Id
    private UUID id;
    private String titleFr;
    private String titleEn;
    private int position;
    private boolean published;
    private Instant updatedAt;

    protected Gallery() {
    }

    static Gallery create(Bilingual title, int position, boolean published, Instant now) {
        Gallery gallery = new Gallery();
        gallery.id = UUID.randomUUID();
        gallery.revise(title, position, published, now);
        return gallery;
    }

    void revise(Bilingual title, int position, boolean published, Instant now) {
        this.titleFr = title.fr();
        this.titleEn = title.en();
        this.position = position;
        this.published = published;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String title(Language language) {
        return new Bilingual(titleFr, titleEn).in(language);
    }

    public int position() {
        return position;
    }

    public boolean published() {
        return published;
    }
}

package energy.mwolo.cms.pages;

import energy.mwolo.cms.kernel.Language;
import energy.mwolo.cms.kernel.Translations;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A page of the website. It is a draft until published; publishing records {@link Published} once per going public
 * (publishing a published page changes nothing). Texts are replaced whole on revision; French is always there.
 */
@Entity
@Table(name = "pages")
public class Page {

    /** The page went public. */
    public record Published(UUID pageId, PageText french, PageText english, Instant at) {
    }

    @Id
    private UUID id;
    private boolean published;
    private Instant publishedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "page_texts", joinColumns = @JoinColumn(name = "page_id"))
    @MapKeyColumn(name = "language")
    private Map<String, PageText> texts = new HashMap<>();
    @Transient
    private List<Published> events = new ArrayList<>();

    protected Page() {
    }

    public static Page draft(Map<String, PageText> texts, Instant now) {
        Page page = new Page();
        page.id = UUID.randomUUID();
        page.texts.putAll(Translations.checked(texts));
        page.createdAt = now;
        page.updatedAt = now;
        return page;
    }

    public void revise(Map<String, PageText> revised, Instant now) {
        texts.clear();
        texts.putAll(Translations.checked(revised));
        updatedAt = now;
    }

    /** Goes public; nothing happens (and nothing is recorded) if it already is. */
    public void publish(Instant now) {
        if (published) {
            return;
        }
        published = true;
        publishedAt = now;
        updatedAt = now;
        events.add(new Published(id, texts.get(Language.FR.code()), texts.get(Language.EN.code()), now));
    }

    /** Back to draft: the public no longer finds it. */
    public void withdraw(Instant now) {
        if (!published) {
            return;
        }
        published = false;
        updatedAt = now;
    }

    public List<Published> pullEvents() {
        List<Published> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public PageText text(Language language) {
        return Translations.in(texts, language);
    }

    public Language served(Language language) {
        return Translations.served(texts, language);
    }

    public Map<String, PageText> texts() {
        return Map.copyOf(texts);
    }

    public UUID id() {
        return id;
    }

    public boolean published() {
        return published;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

package energy.mwolo.cms.faqs;

import energy.mwolo.cms.kernel.Bilingual;
import energy.mwolo.cms.kernel.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One question and its answer (rich text, cleaned), in a category, at a position within it. */
@Entity
@Table(name = "faqs")
public class Faq {

    @Id
    private UUID id;
    private String category;
    private String questionFr;
    private String questionEn;
    private String answerFr;
    private String answerEn;
    private int position;
    private boolean published;
    private Instant updatedAt;

    protected Faq() {
    }

    static Faq create(String category, Bilingual question, Bilingual answer, int position, boolean published,
            Instant now) {
        Faq faq = new Faq();
        faq.id = UUID.randomUUID();
        faq.revise(category, question, answer, position, published, now);
        return faq;
    }

    void revise(String category, Bilingual question, Bilingual answer, int position, boolean published, Instant now) {
        this.category = category;
        this.questionFr = question.fr();
        this.questionEn = question.en();
        this.answerFr = answer.fr();
        this.answerEn = answer.en();
        this.position = position;
        this.published = published;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String category() {
        return category;
    }

    public String question(Language language) {
        return new Bilingual(questionFr, questionEn).in(language);
    }

    public String answer(Language language) {
        return new Bilingual(answerFr, answerEn).in(language);
    }

    public int position() {
        return position;
    }

    public boolean published() {
        return published;
    }
}

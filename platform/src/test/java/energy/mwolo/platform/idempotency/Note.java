package energy.mwolo.platform.idempotency;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The JPA entity of {@link NotesApplication}. */
@Entity
@Table(name = "notes")
class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;
    private String text;

    protected Note() {
    }

    Note(String text) {
        this.text = text;
    }

    UUID id() {
        return id;
    }
}

package energy.mwolo.platform.idempotency;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The Spring Data repository of {@link NotesApplication}. */
interface Notes extends JpaRepository<Note, UUID> {

    long countByText(String text);
}

package energy.mwolo.platform.idempotency;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service in the shape the JPA services have (entity, Spring Data repository, {@code @Transactional} use case,
 * thin controller), so the platform's idempotency is proven under a JpaTransactionManager.
 */
@SpringBootApplication
class NotesApplication {

    /** Takes a note; a test may make it slow, or fail after its write reached the database. */
    @Service
    static class TakingNotes {

        private final Notes notes;
        private final AtomicBoolean failAfterWriting = new AtomicBoolean();
        private volatile Duration pause = Duration.ZERO;

        TakingNotes(Notes notes) {
            this.notes = notes;
        }

        /** Public: the test reaches the target through the transactional proxy. */
        public void failAfterWriting(boolean fail) {
            failAfterWriting.set(fail);
        }

        public void pause(Duration pause) {
            this.pause = pause;
        }

        @Transactional
        public UUID take(String text, CurrentUser user) throws InterruptedException {
            user.require("notes:create");
            Note note = notes.saveAndFlush(new Note(text));
            Thread.sleep(pause.toMillis());
            if (failAfterWriting.get()) {
                throw new NoteRefused();
            }
            return note.id();
        }
    }

    static final class NoteRefused extends DomainException {
        NoteRefused() {
            super(ErrorKind.CONFLICT, "notes.refused", null);
        }
    }

    record NoteRequest(String text) {
    }

    record NoteResponse(UUID id, String text) {
    }

    @RestController
    static class NoteController {

        private final TakingNotes taking;

        NoteController(TakingNotes taking) {
            this.taking = taking;
        }

        @PostMapping({"/api/notes", "/api/notes/"})
        @Idempotent
        ResponseEntity<NoteResponse> take(@RequestBody NoteRequest request, CurrentUser user)
                throws InterruptedException {
            UUID id = taking.take(request.text(), user);
            if (request.text().startsWith("unanswerable")) {
                throw new IllegalStateException("The answer could not be built after the use case returned");
            }
            return ResponseEntity.created(URI.create("/api/notes/" + id + "/")).body(new NoteResponse(id, request.text()));
        }

        @PostMapping("/api/payments/")
        @Idempotent(required = true)
        ResponseEntity<NoteResponse> pay(@RequestBody NoteRequest request, CurrentUser user)
                throws InterruptedException {
            return take(request, user);
        }
    }
}

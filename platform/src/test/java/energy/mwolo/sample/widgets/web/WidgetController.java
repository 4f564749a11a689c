package energy.mwolo.sample.widgets.web;

import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.sample.widgets.application.MakingWidgets;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Stands for the feature's controller: its package names the feature {@code widgets}; access is its use case's. */
public class WidgetController {

    private final MakingWidgets making = new MakingWidgets();

    public String create(CurrentUser user, String name) {
        return making.make(user, name, 1, false);
    }

    public String show(CurrentUser user, String name) {
        return making.show(user, name);
    }

    public ResponseEntity<String> open(CurrentUser user, String name) {
        return ResponseEntity.created(URI.create("/api/widgets/" + name + "/")).body(create(user, name));
    }

    public ResponseEntity<Void> close(String name) {
        return ResponseEntity.noContent().build();
    }

    public ResponseEntity<String> order(String name) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(name);
    }

    public ResponseEntity<String> reorder(String name) {
        return accepted(name);
    }

    private ResponseEntity<String> accepted(String name) {
        return ResponseEntity.accepted().body(name);
    }
}

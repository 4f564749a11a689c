package energy.mwolo.audit.checkpoints.web;

import energy.mwolo.audit.checkpoints.application.ListingCheckpoints;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Checkpoints read from file storage, newest first, and the public key that verifies them. */
@RestController
@RequestMapping("/api/audit/checkpoints")
class CheckpointController {

    private final ListingCheckpoints listing;

    CheckpointController(ListingCheckpoints listing) {
        this.listing = listing;
    }

    @Operation(summary = "Lister les points de contrôle signés du journal")
    @GetMapping({"", "/"})
    PageResponse<CheckpointResponse> list(PageQuery page, CurrentUser user) {
        long count = listing.count(user);
        return PageResponse.of(page, count, listing.newestFirst(page.offset(), page.limit()))
                .map(CheckpointResponse::from);
    }

    @Operation(summary = "Obtenir la clé publique qui vérifie les points de contrôle")
    @GetMapping({"/public-key", "/public-key/"})
    PublicKeyResponse publicKey(CurrentUser user) {
        return PublicKeyResponse.from(listing.publicKey(user));
    }
}

package energy.mwolo.operations.readings.web;

import energy.mwolo.operations.readings.application.BrowsingReadings;
import energy.mwolo.operations.readings.application.ReadingPhotos;
import energy.mwolo.operations.readings.application.RecordingManualReading;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A meter's readings, by the meter's id or number, newest first; {@code from} included, {@code to} excluded; and
 * readings taken on site by agents.
 */
@RestController
class ReadingController {

    private final BrowsingReadings browsing;
    private final RecordingManualReading recording;
    private final ReadingPhotos photos;

    ReadingController(BrowsingReadings browsing, RecordingManualReading recording, ReadingPhotos photos) {
        this.browsing = browsing;
        this.recording = recording;
        this.photos = photos;
    }

    /** The photo of the display taken with the reading at {@code readAt}: the raw JPEG or PNG bytes as the body. */
    @Operation(summary = "Joindre la photo d'un relevé manuel")
    @PutMapping({"/api/operations/meters/{meter}/readings/{readAt}/photo",
            "/api/operations/meters/{meter}/readings/{readAt}/photo/"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void attachPhoto(@PathVariable UUID meter, @PathVariable Instant readAt, HttpServletRequest request,
                     CurrentUser user) throws IOException {
        photos.attach(meter, readAt, request.getInputStream(), user);
    }

    @Operation(summary = "Télécharger la photo d'un relevé")
    @GetMapping({"/api/operations/meters/{meter}/readings/{readAt}/photo",
            "/api/operations/meters/{meter}/readings/{readAt}/photo/"})
    ResponseEntity<byte[]> photo(@PathVariable UUID meter, @PathVariable Instant readAt, CurrentUser user) {
        ReadingPhotos.Photo photo = photos.open(meter, readAt, user);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType())).body(photo.bytes());
    }

    /** A register read on site by an agent; 201 with the reading as stored, its flags included. */
    @Operation(summary = "Saisir un relevé manuel")
    @PostMapping({"/api/operations/meters/{meter}/readings", "/api/operations/meters/{meter}/readings/"})
    @Idempotent(required = true)
    @ResponseStatus(HttpStatus.CREATED)
    ReadingResponse record(@PathVariable UUID meter, @RequestBody ManualReadingRequest request, CurrentUser user) {
        return ReadingResponse.from(recording.record(meter, request.registerKwh(), request.readAt(), request.note(),
                user));
    }

    @Operation(summary = "Lister les relevés d'un compteur")
    @GetMapping({"/api/operations/meters/{meter}/readings", "/api/operations/meters/{meter}/readings/"})
    PageResponse<ReadingResponse> list(@PathVariable String meter,
                                       @RequestParam(required = false) Instant from,
                                       @RequestParam(required = false) Instant to,
                                       PageQuery page, CurrentUser user) {
        UUID id = browsing.readableMeter(meter, user);
        return PageResponse.of(page, browsing.count(id, from, to), browsing.find(id, from, to, page.offset(),
                page.limit())).map(ReadingResponse::from);
    }
}

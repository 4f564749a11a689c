package energy.mwolo.support.attachments;

import energy.mwolo.platform.apidocs.AnswersProblem;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.support.tickets.model.TicketId;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/support/tickets/{id}/attachments/}: the file's raw bytes as the request body, its name in
 * {@code ?file_name=}; downloads come back with the sniffed type, as an attachment, never sniffed again by the
 * browser.
 */
@RestController
@RequestMapping("/api/support/tickets/{ticket}/attachments")
class AttachmentController {

    private final AttachingFile attaching;

    AttachmentController(AttachingFile attaching) {
        this.attaching = attaching;
    }

    /**
     * A file attached to a ticket; its bytes are at {@code /api/support/tickets/{ticket}/attachments/{id}/}. Lists
     * are ordered by upload time, oldest first.
     *
     * @param id the attachment's identifier, for downloading it
     * @param fileName the file's name as the uploader gave it, without any folder, control characters or quotes, 200
     *     characters at most; {@code fichier} when none was given
     * @param contentType the file's type as read from its bytes, whatever its name says: {@code image/jpeg},
     *     {@code image/png} or {@code application/pdf} (the types accepted by default)
     * @param size the file's size in bytes (10 MB at most by default)
     * @param uploadedBy the identity-service user who attached it (the client's account or a staff member)
     * @param uploadedAt when it was attached (ISO-8601, UTC)
     */
    record AttachmentResponse(UUID id, String fileName, String contentType, long size, UUID uploadedBy,
                              Instant uploadedAt) {

        static AttachmentResponse from(Attachment attachment) {
            return new AttachmentResponse(attachment.id(), attachment.fileName(), attachment.contentType(),
                    attachment.size(), attachment.uploadedBy(), attachment.uploadedAt());
        }
    }

    @Operation(summary = "Joindre un fichier à un ticket")
    @AnswersProblem(status = 404, codes = "support.ticket.not_found")
    @PostMapping({"", "/"})
    ResponseEntity<AttachmentResponse> attach(@PathVariable UUID ticket,
                                              @RequestParam(name = "file_name", required = false) String fileName,
                                              HttpServletRequest request, CurrentUser user) throws IOException {
        Attachment attachment = attaching.attach(new TicketId(ticket), fileName, request.getInputStream(), user);
        return ResponseEntity.created(URI.create("/api/support/tickets/" + ticket + "/attachments/"
                + attachment.id() + "/")).body(AttachmentResponse.from(attachment));
    }

    @Operation(summary = "Lister les pièces jointes d'un ticket")
    @AnswersProblem(status = 404, codes = "support.ticket.not_found")
    @GetMapping({"", "/"})
    List<AttachmentResponse> list(@PathVariable UUID ticket, CurrentUser user) {
        return attaching.list(new TicketId(ticket), user).stream().map(AttachmentResponse::from).toList();
    }

    @Operation(summary = "Télécharger une pièce jointe")
    @AnswersProblem(status = 404, codes = "support.ticket.not_found")
    @GetMapping({"/{id}", "/{id}/"})
    ResponseEntity<byte[]> download(@PathVariable UUID ticket, @PathVariable UUID id, CurrentUser user) {
        AttachingFile.Download download = attaching.download(new TicketId(ticket), id, user);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(download.bytes());
    }
}

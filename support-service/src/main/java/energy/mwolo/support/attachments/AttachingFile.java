package energy.mwolo.support.attachments;

import energy.mwolo.platform.outbox.Uuids;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.storage.ContentTypes;
import energy.mwolo.platform.storage.FileStorage;
import energy.mwolo.support.access.SupportAccess;
import energy.mwolo.support.tickets.application.TicketAccess;
import energy.mwolo.support.tickets.model.Ticket;
import energy.mwolo.support.tickets.model.TicketClosed;
import energy.mwolo.support.tickets.model.TicketId;
import energy.mwolo.support.tickets.model.TicketStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attaches a file to a ticket and gives it back. Whoever may write on the ticket attaches (its client, staff with
 * support:update), while it is not closed; whoever may read the ticket downloads. The type is the bytes' signature
 * (platform {@link ContentTypes}), whatever the name or header says; the row is written before the file, so a
 * failed write leaves no row, and a refused upload leaves neither.
 */
@Service
class AttachingFile {

    private final TicketAccess tickets;
    private final Attachments attachments;
    private final FileStorage storage;
    private final AttachmentSettings settings;
    private final Clock clock;

    AttachingFile(TicketAccess tickets, Attachments attachments, FileStorage storage, AttachmentSettings settings,
                  Clock clock) {
        this.tickets = tickets;
        this.attachments = attachments;
        this.storage = storage;
        this.settings = settings;
        this.clock = clock;
    }

    /** A stored attachment and its bytes. */
    record Download(Attachment attachment, byte[] bytes) {
    }

    @Transactional
    Attachment attach(TicketId id, String fileName, InputStream content, CurrentUser user) {
        Ticket ticket = tickets.lockReadable(id, user);
        if (SupportAccess.isClient(user)) {
            user.require(SupportAccess.CREATE);
        } else {
            SupportAccess.requireAgent(user);
        }
        if (ticket.status() == TicketStatus.CLOSED) {
            throw new TicketClosed(ticket.number());
        }
        if (attachments.countOf(id.value()) >= settings.maxPerTicket()) {
            throw AttachmentRefused.tooMany(settings.maxPerTicket());
        }
        byte[] bytes = read(content);
        String type = ContentTypes.sniff(bytes).filter(settings.contentTypes()::contains)
                .orElseThrow(() -> AttachmentRefused.type(String.join(", ", settings.contentTypes())));
        UUID attachmentId = Uuids.timeOrdered();
        Attachment attachment = new Attachment(attachmentId, id.value(), fileName(fileName), type, bytes.length,
                "tickets/" + id + "/" + attachmentId, user.userId(), clock.instant());
        attachments.add(attachment);
        storage.put(attachment.storageKey(), new ByteArrayInputStream(bytes));
        return attachment;
    }

    @Transactional(readOnly = true)
    List<Attachment> list(TicketId id, CurrentUser user) {
        tickets.readable(id, user);
        return attachments.of(id.value());
    }

    @Transactional(readOnly = true)
    Download download(TicketId id, UUID attachmentId, CurrentUser user) {
        tickets.readable(id, user);
        Attachment attachment = attachments.find(id.value(), attachmentId)
                .orElseThrow(() -> AttachmentRefused.notFound(attachmentId));
        try (InputStream in = storage.open(attachment.storageKey())
                .orElseThrow(() -> AttachmentRefused.notFound(attachmentId))) {
            return new Download(attachment, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one byte beyond the limit, so that a larger upload is told apart without reading it all. */
    private byte[] read(InputStream content) {
        long max = settings.maxSize().toBytes();
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > max) {
            throw AttachmentRefused.tooLarge(settings.maxSize().toMegabytes());
        }
        if (bytes.length == 0) {
            throw AttachmentRefused.empty();
        }
        return bytes;
    }

    /** The name as the client gave it, without any path, control characters or quotes; "fichier" when none. */
    static String fileName(String given) {
        if (given == null) {
            return "fichier";
        }
        String name = given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            return "fichier";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}

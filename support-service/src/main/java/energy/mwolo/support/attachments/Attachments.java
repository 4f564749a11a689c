package energy.mwolo.support.attachments;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code ticket_attachments}. */
@Repository
class Attachments {

    private static final String COLUMNS =
            "id, ticket_id, file_name, content_type, size_bytes, storage_key, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    Attachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long countOf(UUID ticket) {
        return jdbc.sql("select count(*) from ticket_attachments where ticket_id = ?").param(ticket)
                .query(Long.class).single();
    }

    List<Attachment> of(UUID ticket) {
        return jdbc.sql("select " + COLUMNS + " from ticket_attachments where ticket_id = ? order by uploaded_at, id")
                .param(ticket).query(Attachments::row).list();
    }

    Optional<Attachment> find(UUID ticket, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from ticket_attachments where ticket_id = ? and id = ?")
                .params(ticket, id).query(Attachments::row).optional();
    }

    void add(Attachment attachment) {
        jdbc.sql("insert into ticket_attachments (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(attachment.id(), attachment.ticket(), attachment.fileName(), attachment.contentType(),
                        attachment.size(), attachment.storageKey(), attachment.uploadedBy(),
                        Timestamp.from(attachment.uploadedAt()))
                .update();
    }

    private static Attachment row(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new Attachment(row.getObject("id", UUID.class), row.getObject("ticket_id", UUID.class),
                row.getString("file_name"), row.getString("content_type"), row.getLong("size_bytes"),
                row.getString("storage_key"), row.getObject("uploaded_by", UUID.class),
                row.getTimestamp("uploaded_at").toInstant());
    }
}

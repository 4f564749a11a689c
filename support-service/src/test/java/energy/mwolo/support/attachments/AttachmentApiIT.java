package energy.mwolo.support.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platformtest.Api;
import energy.mwolo.support.AbstractApiIT;
import energy.mwolo.support.Tokens;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AttachmentApiIT extends AbstractApiIT {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aClientAttachesAPdfThatOnlyThoseWhoReadTheTicketDownload() {
        UUID client = registerClient();
        UUID ticket = open(Tokens.client(client), ticket("billing", null));

        Api.Reply attached = upload(ticket, "../../facture mai.pdf", PDF, Tokens.client(client));

        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        assertThat(attached.json().path("content_type").asString()).isEqualTo("application/pdf");
        assertThat(attached.json().path("file_name").asString()).isEqualTo("facture mai.pdf");
        String path = attached.location();
        Api.Reply download = get(path, Tokens.client(client));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.body()).isEqualTo(new String(PDF, StandardCharsets.US_ASCII));
        assertThat(get(path, Tokens.admin()).status()).isEqualTo(200);
        assertThat(get(path, Tokens.client(registerClient())).status()).isEqualTo(404);
    }

    @Test
    void anExecutableNamedLikeAPdfIsRefusedAndNothingIsStored() {
        UUID client = registerClient();
        UUID ticket = open(Tokens.client(client), ticket("billing", null));
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

        Api.Reply reply = upload(ticket, "facture.pdf", exe, Tokens.client(client));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("support.attachment.type_refused");
        assertThat(get("/api/support/tickets/" + ticket + "/attachments/", Tokens.client(client)).json()).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutBeingStored() {
        UUID client = registerClient();
        UUID ticket = open(Tokens.client(client), ticket("billing", null));
        byte[] large = Arrays.copyOf(PDF, 11 * 1024 * 1024);

        Api.Reply reply = upload(ticket, "gros.pdf", large, Tokens.client(client));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("support.attachment.too_large");
        assertThat(jdbc.sql("select count(*) from ticket_attachments where ticket_id = ?").param(ticket)
                .query(Long.class).single()).isZero();
    }

    private Api.Reply upload(UUID ticket, String name, byte[] bytes, String token) {
        return api.post("/api/support/tickets/" + ticket + "/attachments/?file_name="
                        + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8), null)
                .as(token).body(bytes).send();
    }
}

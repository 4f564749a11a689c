package energy.mwolo.cms.galleries;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.cms.AbstractApiIT;
import energy.mwolo.cms.Tokens;
import energy.mwolo.platformtest.Api;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GalleryApiIT extends AbstractApiIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    private UUID gallery(boolean published) {
        Api.Reply created = post("/api/cms/galleries/", Map.of("title_fr", "Chantiers", "title_en", "Sites",
                "is_published", published), Tokens.admin());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json().path("id").asString());
    }

    @Test
    void anImageToldByItsBytesIsServedWithItsTypeInAPublishedGallery() {
        UUID gallery = gallery(true);

        Api.Reply uploaded = api.post("/api/cms/galleries/" + gallery + "/images/?caption_fr=Poste%20de%20Limete",
                PNG).as(Tokens.admin()).send();

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        Api.Reply listed = api.get("/api/cms/galleries/" + gallery + "/").send();
        assertThat(listed.json().path("images").get(0).path("caption").asString()).isEqualTo("Poste de Limete");
        Api.Reply image = api.get(listed.json().path("images").get(0).path("url").asString()).send();
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(image.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void anSvgOrAScriptIsNoImageAndADraftGalleryIsNotPublic() {
        UUID gallery = gallery(false);

        Api.Reply svg = api.post("/api/cms/galleries/" + gallery + "/images/",
                "<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8)).as(Tokens.admin()).send();

        assertThat(svg.status()).isEqualTo(400);
        assertThat(svg.code()).isEqualTo("cms.upload.not_image");
        assertThat(api.get("/api/cms/galleries/" + gallery + "/").send().status()).isEqualTo(404);
    }
}

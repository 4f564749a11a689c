package energy.mwolo.cms.galleries;

import energy.mwolo.cms.caching.PublicContent;
import energy.mwolo.cms.kernel.Bilingual;
import energy.mwolo.cms.kernel.Language;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Galleries ({@code /api/cms/galleries/}: published ones for everyone, with their images) and images
 * ({@code POST /api/cms/galleries/{id}/images/?caption_fr=&caption_en=&position=}, the raw image as the body, for
 * staff; {@code GET /api/cms/gallery-images/{id}/}, the bytes with their sniffed type).
 */
@RestController
class GalleryController {

    private final ManagingGalleries managing;

    GalleryController(ManagingGalleries managing) {
        this.managing = managing;
    }

    @PublicContent
    @Operation(summary = "Lister les galeries")
    @GetMapping({"/api/cms/galleries", "/api/cms/galleries/"})
    PageResponse<GalleryBody> list(@RequestParam(required = false) String lang, PageQuery page, CurrentUser user) {
        Language language = Language.preferred(lang);
        var found = managing.list(page.page(), page.pageSize(), user);
        return PageResponse.of(page, found.getTotalElements(), found.getContent())
                .map(gallery -> GalleryBody.of(gallery, List.of(), language));
    }

    @PublicContent
    @Operation(summary = "Consulter une galerie et ses images")
    @GetMapping({"/api/cms/galleries/{id}", "/api/cms/galleries/{id}/"})
    GalleryBody get(@PathVariable UUID id, @RequestParam(required = false) String lang, CurrentUser user) {
        return GalleryBody.of(managing.find(id, user), managing.imagesOf(id, user), Language.preferred(lang));
    }

    @Operation(summary = "Créer une galerie")
    @PostMapping({"/api/cms/galleries", "/api/cms/galleries/"})
    @ResponseStatus(HttpStatus.CREATED)
    GalleryBody create(@RequestBody @Valid GalleryRequest request, CurrentUser user) {
        return GalleryBody.of(managing.create(request.title(), request.order(), request.published(), user),
                List.of(), Language.FR);
    }

    @Operation(summary = "Réviser une galerie")
    @PutMapping({"/api/cms/galleries/{id}", "/api/cms/galleries/{id}/"})
    GalleryBody revise(@PathVariable UUID id, @RequestBody @Valid GalleryRequest request, CurrentUser user) {
        return GalleryBody.of(managing.revise(id, request.title(), request.order(), request.published(), user),
                List.of(), Language.FR);
    }

    @Operation(summary = "Ajouter une image à une galerie")
    @PostMapping({"/api/cms/galleries/{id}/images", "/api/cms/galleries/{id}/images/"})
    @ResponseStatus(HttpStatus.CREATED)
    ImageBody upload(@PathVariable UUID id, @RequestBody(required = false) byte[] image,
            @RequestParam(name = "caption_fr", required = false) String captionFr,
            @RequestParam(name = "caption_en", required = false) String captionEn,
            @RequestParam(defaultValue = "0") int position, CurrentUser user) {
        return ImageBody.of(managing.upload(id, image, captionFr, captionEn, position, user), Language.FR);
    }

    @PublicContent
    @Operation(summary = "Télécharger une image de galerie")
    @GetMapping({"/api/cms/gallery-images/{id}", "/api/cms/gallery-images/{id}/"})
    ResponseEntity<InputStreamResource> image(@PathVariable UUID id, CurrentUser user) {
        ManagingGalleries.ImageContent found = managing.image(id, user);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(found.image().contentType()))
                .contentLength(found.image().sizeBytes()).header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(found.content()));
    }

    /**
     * A photo gallery's title, rank and visibility, as staff write them; images are added one by one afterwards.
     *
     * @param titleFr the title in French, required; plain text (tags are removed), 200 characters at most
     * @param titleEn the title in English, 200 characters at most; null or blank shows the French one
     * @param position the gallery's rank among galleries, 0 or more, smallest first; null means 0
     * @param isPublished whether the public sees the gallery and its images; null means {@code true}
     */
    record GalleryRequest(String titleFr, String titleEn, @Min(0) Integer position, Boolean isPublished) {

        Bilingual title() {
            return Bilingual.plain(titleFr, titleEn, "title", 200);
        }

        boolean published() {
            return isPublished == null || isPublished;
        }

        int order() {
            return position == null ? 0 : position;
        }
    }

    /**
     * One image of a gallery: where to fetch its bytes and what they are.
     *
     * @param id the image's identifier
     * @param caption the caption in the language asked, or the French one when it has no English; null when it has none
     * @param url the path to fetch the image's bytes from ({@code /api/cms/gallery-images/{id}/})
     * @param contentType the image's type as read from its bytes: {@code image/jpeg}, {@code image/png} or
     *     {@code image/webp}
     * @param size the file's size in bytes (5 MB at most)
     * @param position the image's rank within its gallery, smallest first
     */
    record ImageBody(UUID id, String caption, String url, String contentType, long size, int position) {

        static ImageBody of(GalleryImage image, Language language) {
            return new ImageBody(image.id(), image.caption(language), "/api/cms/gallery-images/" + image.id() + "/",
                    image.contentType(), image.sizeBytes(), image.position());
        }
    }

    /**
     * A photo gallery, in one language. Lists are ordered by position, then French title.
     *
     * @param id the gallery's identifier, for reading it with its images or adding one
     * @param title the title in the language asked ({@code ?lang=}), or the French one when it has no English; in
     *     French in the answer to a create or a revise
     * @param position the gallery's rank among galleries, smallest first
     * @param isPublished whether the public sees the gallery; the public only ever gets {@code true}
     * @param images the gallery's images by position; filled only when one gallery is read, empty in lists and in
     *     the answer to a create or a revise
     */
    record GalleryBody(UUID id, String title, int position, boolean isPublished, List<ImageBody> images) {

        static GalleryBody of(Gallery gallery, List<GalleryImage> images, Language language) {
            return new GalleryBody(gallery.id(), gallery.title(language), gallery.position(), gallery.published(),
                    images.stream().map(image -> ImageBody.of(image, language)).toList());
        }
    }
}

package energy.mwolo.cms.galleries;

import energy.mwolo.cms.access.CmsAccess;
import energy.mwolo.cms.caching.ContentRevision;
import energy.mwolo.cms.kernel.Bilingual;
import energy.mwolo.cms.kernel.InvalidField;
import energy.mwolo.cms.kernel.ItemNotFound;
import energy.mwolo.cms.kernel.RichText;
import energy.mwolo.cms.kernel.Uploads;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.storage.FileStorage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff make galleries and upload their images: JPEG, PNG or WebP by their first bytes (an SVG, which can carry
 * script, is refused), 5 MB at most, stored under {@code cms/galleries/<gallery>/<image>.<ext>}, written before the
 * row. The public sees published galleries and their images, served with the sniffed type.
 */
@Service
public class ManagingGalleries {

    static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;

    private final Galleries galleries;
    private final GalleryImages images;
    private final FileStorage storage;
    private final ContentRevision revision;
    private final Clock clock;

    ManagingGalleries(Galleries galleries, GalleryImages images, FileStorage storage, ContentRevision revision,
            Clock clock) {
        this.galleries = galleries;
        this.images = images;
        this.storage = storage;
        this.revision = revision;
        this.clock = clock;
    }

    @Transactional
    public Gallery create(Bilingual title, int position, boolean published, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.CREATE);
        Gallery gallery = galleries.save(Gallery.create(title, position, published, clock.instant()));
        revision.changed();
        return gallery;
    }

    @Transactional
    public Gallery revise(UUID id, Bilingual title, int position, boolean published, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.UPDATE);
        Gallery gallery = found(id, user);
        gallery.revise(title, position, published, clock.instant());
        revision.changed();
        return gallery;
    }

    @Transactional
    public GalleryImage upload(UUID galleryId, byte[] bytes, String captionFr, String captionEn, int position,
            CurrentUser user) {
        CmsAccess.require(user, CmsAccess.UPDATE);
        found(galleryId, user);
        if (bytes == null || bytes.length == 0) {
            throw InvalidField.required("image");
        }
        if (bytes.length > MAX_IMAGE_BYTES) {
            throw new InvalidField("image", "cms.upload.too_large", MAX_IMAGE_BYTES / (1024 * 1024));
        }
        String type = Uploads.imageType(bytes);
        if (type == null) {
            throw new InvalidField("image", "cms.upload.not_image");
        }
        UUID id = UUID.randomUUID();
        String key = "cms/galleries/" + galleryId + "/" + id + "." + Uploads.extension(type);
        storage.put(key, new ByteArrayInputStream(bytes));
        GalleryImage image = images.save(GalleryImage.uploaded(id, galleryId, RichText.plain(captionFr),
                RichText.plain(captionEn), key, type, bytes.length, position, clock.instant()));
        revision.changed();
        return image;
    }

    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<Gallery> list(int page, int size, CurrentUser user) {
        return galleries.listed(CmsAccess.seesDrafts(user), PageRequest.of(page - 1, size));
    }

    /** A gallery the caller may see, with its images in order. */
    @Transactional(readOnly = true)
    public List<GalleryImage> imagesOf(UUID galleryId, CurrentUser user) {
        found(galleryId, user);
        return images.findByGalleryIdOrderByPosition(galleryId);
    }

    @Transactional(readOnly = true)
    public Gallery find(UUID id, CurrentUser user) {
        return found(id, user);
    }

    /** The image and its bytes, when its gallery is visible to the caller. */
    @Transactional(readOnly = true)
    public ImageContent image(UUID id, CurrentUser user) {
        GalleryImage image = images.findById(id).orElseThrow(() -> new ItemNotFound("image", id));
        found(image.galleryId(), user);
        InputStream content = storage.open(image.storageKey()).orElseThrow(() -> new ItemNotFound("image", id));
        return new ImageContent(image, content);
    }

    /** An image's row and its bytes. */
    public record ImageContent(GalleryImage image, InputStream content) {
    }

    private Gallery found(UUID id, CurrentUser user) {
        return galleries.findById(id).filter(gallery -> gallery.published() || CmsAccess.seesDrafts(user))
                .orElseThrow(() -> new ItemNotFound("gallery", id));
    }
}

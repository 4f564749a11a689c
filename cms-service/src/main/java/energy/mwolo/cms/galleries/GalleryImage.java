package energy.mwolo.cms.galleries;

import energy.mwolo.cms.kernel.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One image of a gallery: its caption, its type as sniffed from its bytes, its size and its key in storage. */
@Entity
@Table(name = "gallery_images")
public class GalleryImage {

    @Id
    private UUID id;
    private UUID galleryId;
    private String captionFr;
    private String captionEn;
    private String storageKey;
    private String contentType;
    private long sizeBytes;
    private int position;
    private Instant uploadedAt;

    protected GalleryImage() {
    }

    static GalleryImage uploaded(UUID id, UUID gallery, String captionFr, String captionEn, String key, String type,
            long size, int position, Instant now) {
        GalleryImage image = new GalleryImage();
        image.id = id;
        image.galleryId = gallery;
        image.captionFr = captionFr;
        image.captionEn = captionEn;
        image.storageKey = key;
        image.contentType = type;
        image.sizeBytes = size;
        image.position = position;
        image.uploadedAt = now;
        return image;
    }

    public UUID id() {
        return id;
    }

    public UUID galleryId() {
        return galleryId;
    }

    public String caption(Language language) {
        return language == Language.EN && captionEn != null ? captionEn : captionFr;
    }

    public String storageKey() {
        return storageKey;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public int position() {
        return position;
    }
}

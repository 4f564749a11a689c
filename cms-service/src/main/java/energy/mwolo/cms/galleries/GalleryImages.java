package energy.mwolo.cms.galleries;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every image of every gallery. */
public interface GalleryImages extends JpaRepository<GalleryImage, UUID> {

    List<GalleryImage> findByGalleryIdOrderByPosition(UUID galleryId);
}

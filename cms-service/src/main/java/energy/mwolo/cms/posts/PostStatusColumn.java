package energy.mwolo.cms.posts;

import energy.mwolo.cms.posts.model.PostStatus;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** Statuses are stored as the API writes them. */
@Converter(autoApply = true)
class PostStatusColumn implements AttributeConverter<PostStatus, String> {

    @Override
    public String convertToDatabaseColumn(PostStatus status) {
        return status == null ? null : status.code();
    }

    @Override
    public PostStatus convertToEntityAttribute(String code) {
        return code == null ? null : PostStatus.valueOf(code.toUpperCase(Locale.ROOT));
    }
}

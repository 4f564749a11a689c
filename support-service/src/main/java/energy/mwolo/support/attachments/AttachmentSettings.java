package energy.mwolo.support.attachments;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code mwolo.support.attachments.*}: size of one file, files per ticket, content types accepted (sniffed). */
@ConfigurationProperties("mwolo.support.attachments")
record AttachmentSettings(DataSize maxSize, int maxPerTicket, List<String> contentTypes) {

    AttachmentSettings {
        maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
        maxPerTicket = maxPerTicket <= 0 ? 10 : maxPerTicket;
        contentTypes = contentTypes == null || contentTypes.isEmpty()
                ? List.of("image/jpeg", "image/png", "application/pdf") : List.copyOf(contentTypes);
    }
}

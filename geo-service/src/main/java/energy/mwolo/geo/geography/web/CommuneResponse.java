package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.CommuneView;
import java.time.Instant;
import java.util.UUID;

record CommuneResponse(UUID id, UUID province, String provinceCode, String provinceName, String code, String name,
                       Instant createdAt, Instant updatedAt) {

    static CommuneResponse from(CommuneView view) {
        return new CommuneResponse(view.id(), view.province(), view.provinceCode(), view.provinceName(),
                view.code(), view.name(), view.createdAt(), view.updatedAt());
    }
}

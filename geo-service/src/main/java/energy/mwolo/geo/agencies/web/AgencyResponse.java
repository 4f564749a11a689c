package energy.mwolo.geo.agencies.web;

import energy.mwolo.geo.agencies.application.AgencyView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

record AgencyResponse(UUID id, String code, String name, UUID province, String provinceCode, String provinceName,
                      UUID territory, String territoryName, String address, String phone, String email,
                      UUID manager, BigDecimal latitude, BigDecimal longitude, String openingHours,
                      Boolean isActive, Instant createdAt, Instant updatedAt) {

    static AgencyResponse from(AgencyView view) {
        return new AgencyResponse(view.id(), view.code(), view.name(), view.province(), view.provinceCode(),
                view.provinceName(), view.territory(), view.territoryName(), view.address(), view.phone(),
                view.email(), view.manager(), view.latitude(), view.longitude(), view.openingHours(),
                view.active(), view.createdAt(), view.updatedAt());
    }
}

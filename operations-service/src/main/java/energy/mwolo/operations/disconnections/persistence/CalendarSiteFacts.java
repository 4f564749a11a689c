package energy.mwolo.operations.disconnections.persistence;

import energy.mwolo.operations.customers.Customers;
import energy.mwolo.operations.customers.ServicePoint;
import energy.mwolo.operations.customers.SupplyContract;
import energy.mwolo.operations.disconnections.application.SiteFacts;
import energy.mwolo.operations.disconnections.model.CutWindow;
import energy.mwolo.operations.disconnections.model.WorkingTime;
import energy.mwolo.operations.kernel.BusinessTime;
import energy.mwolo.operations.kernel.ContractId;
import energy.mwolo.operations.kernel.SiteId;
import energy.mwolo.platform.calendar.AgencyCalendar;
import energy.mwolo.platform.calendar.WorkingCalendar;
import energy.mwolo.platform.readmodels.calendar.CalendarNotKnown;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sites from crm's events (the customers read model), agencies' hours from the company calendar (geo's events).
 * A site is protected when either the site or the contract says so: the safer of two copies of one fact.
 */
@Component
class CalendarSiteFacts implements SiteFacts {

    private final Customers customers;
    private final WorkingCalendar calendar;
    private final LocalTime cutOff;

    CalendarSiteFacts(Customers customers, WorkingCalendar calendar,
                      @Value("${mwolo.operations.disconnections.cut-off:16:00}") LocalTime cutOff) {
        this.customers = customers;
        this.calendar = calendar;
        this.cutOff = cutOff;
    }

    @Override
    public Optional<Site> of(UUID site, UUID contract) {
        Optional<ServicePoint> point = customers.site(new SiteId(site));
        boolean contractProtected = customers.contract(new ContractId(contract))
                .map(SupplyContract::siteProtected).orElse(false);
        if (point.isEmpty() || point.get().agency() == null) {
            return contractProtected ? Optional.of(new Site(null, true, null)) : Optional.empty();
        }
        UUID agency = point.get().agency();
        boolean protectedSite = point.get().protectedSite() || contractProtected;
        AgencyCalendar hours;
        try {
            hours = calendar.calendarOf(agency);
        } catch (CalendarNotKnown unknown) {
            return protectedSite ? Optional.of(new Site(agency, true, null)) : Optional.empty();
        }
        return Optional.of(new Site(agency, protectedSite, new CutWindow(new WorkingTime() {
            @Override
            public boolean isWorkingTime(Instant instant) {
                return hours.isWorkingTime(instant);
            }

            @Override
            public Instant nextWorkingTime(Instant instant) {
                return hours.nextWorkingTime(instant);
            }
        }, cutOff, BusinessTime.ZONE)));
    }
}

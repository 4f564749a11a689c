package energy.mwolo.geo.calendar.model;

import java.util.List;
import java.util.Optional;

/**
 * All public holidays, cancelled ones included. Writes mark a holiday announced: whoever writes it publishes its
 * events in the same transaction. Holidays loaded by migrations start unannounced until published once.
 */
public interface PublicHolidays {

    Optional<PublicHoliday> byId(HolidayId id);

    /** Locks the holiday until the transaction ends, so concurrent changes to it apply one after the other. */
    Optional<PublicHoliday> lockById(HolidayId id);

    /** The country's holidays that are not cancelled. */
    List<PublicHoliday> observedBy(CountryCode country);

    /** The country's holidays, cancelled ones included, by month and day. */
    List<PublicHoliday> declaredBy(CountryCode country);

    /** Locks and returns the holidays never published; a concurrent caller waits, then finds none of them. */
    List<PublicHoliday> lockUnannounced();

    void add(PublicHoliday holiday);

    void update(PublicHoliday holiday);
}

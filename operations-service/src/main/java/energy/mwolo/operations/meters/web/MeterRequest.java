package energy.mwolo.operations.meters.web;

import energy.mwolo.operations.meters.application.MeterDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A meter to install: its number, the equipment (type meter) it is, how it is paid, whether its relay is remote.
 * A new meter is connected and measures no contract until it is linked to one.
 *
 * @param number      the number printed on the meter and used by its head-end: ASCII letters, digits and hyphens,
 *                    not starting with a hyphen, 40 characters at most, unique; kept in upper case
 * @param equipment   the id of the registered piece of equipment of type {@code meter} it is, not already a meter;
 *                    the meter stands on that equipment's site
 * @param kind        {@code postpaid} (billed after the fact from its readings) or {@code prepaid} (paid ahead with
 *                    STS tokens)
 * @param remoteRelay whether its supply relay can be switched remotely; without one, cuts and reconnections become
 *                    field interventions
 */
record MeterRequest(@NotBlank @Size(max = 40) String number, @NotNull UUID equipment, @NotBlank String kind,
                    @NotNull Boolean remoteRelay) {

    MeterDraft draft() {
        return new MeterDraft(number, equipment, kind, remoteRelay);
    }
}

package energy.mwolo.operations.meters.web;

import energy.mwolo.operations.meters.application.MeterDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A meter to install: its number, the equipment (type meter) it is, how it is paid, whether its relay is remote. */
record MeterRequest(@NotBlank @Size(max = 40) String number, @NotNull UUID equipment, @NotBlank String kind,
                    @NotNull Boolean remoteRelay) {

    MeterDraft draft() {
        return new MeterDraft(number, equipment, kind, remoteRelay);
    }
}

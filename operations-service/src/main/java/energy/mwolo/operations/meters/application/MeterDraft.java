package energy.mwolo.operations.meters.application;

import java.util.UUID;

/** A meter to install on a piece of equipment of type meter. */
public record MeterDraft(String number, UUID equipment, String kind, Boolean remoteRelay) {
}

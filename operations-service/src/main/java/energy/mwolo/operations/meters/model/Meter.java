package energy.mwolo.operations.meters.model;

import energy.mwolo.operations.kernel.InvalidField;
import energy.mwolo.operations.kernel.SiteId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A smart meter on a piece of equipment of a site. It measures one contract of its site at a time through a
 * {@link MeterLink}; links never overlap in time, and a closed link is history that never changes. Its relay state
 * follows {@link RelayState}'s machine; last reading and last contact only move forward.
 */
public final class Meter {

    private final MeterId id;
    private final MeterNumber number;
    private final MeterEquipment equipment;
    private final MeterKind kind;
    private final boolean remoteRelay;
    private RelayState relayState;
    private Instant relayChangedAt;
    private Reading lastReading;
    private Instant lastSeenAt;
    private final List<MeterLink> links;
    private final List<MeterEvent> events = new ArrayList<>();

    private Meter(MeterId id, MeterNumber number, MeterEquipment equipment, MeterKind kind, boolean remoteRelay,
                  RelayState relayState, Instant relayChangedAt, Reading lastReading, Instant lastSeenAt,
                  List<MeterLink> links) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.equipment = Objects.requireNonNull(equipment, "equipment");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.remoteRelay = remoteRelay;
        this.relayState = Objects.requireNonNull(relayState, "relayState");
        this.relayChangedAt = relayChangedAt;
        this.lastReading = lastReading;
        this.lastSeenAt = lastSeenAt;
        this.links = new ArrayList<>(links);
        this.links.sort(Comparator.comparing(MeterLink::linkedAt));
    }

    /** A meter put into service, connected (a new installation is energised), measuring no contract yet. */
    public static Meter install(MeterNumber number, MeterEquipment equipment, MeterKind kind, boolean remoteRelay,
                                Instant now) {
        Meter meter = new Meter(MeterId.newId(), number, equipment, kind, remoteRelay, RelayState.CONNECTED, now,
                null, null, List.of());
        meter.events.add(new MeterEvent.Installed(now));
        return meter;
    }

    /** Rebuilds a meter from storage; records no event. */
    public static Meter restore(MeterId id, MeterNumber number, MeterEquipment equipment, MeterKind kind,
                                boolean remoteRelay, RelayState relayState, Instant relayChangedAt,
                                Reading lastReading, Instant lastSeenAt, List<MeterLink> links) {
        return new Meter(id, number, equipment, kind, remoteRelay, relayState, relayChangedAt, lastReading,
                lastSeenAt, links);
    }

    /**
     * Starts measuring {@code contract} from {@code at} (not in the future, not before this meter's last link
     * ended) at the register value read then. The contract having no other meter is the caller's to check (and a
     * unique index's, against races): it spans meters.
     */
    public MeterLink link(ServedContract contract, RegisterValue opening, Instant at, Instant now) {
        return openLink(contract, opening, at, now, null);
    }

    /** Stops measuring the current contract at {@code at}, at the register value read then. */
    public MeterLink unlink(RegisterValue closing, Instant at, Instant now) {
        return closeLink(closing, at, now, null);
    }

    MeterLink openLink(ServedContract contract, RegisterValue opening, Instant at, Instant now,
                       MeterId replacesMeter) {
        Objects.requireNonNull(opening, "opening");
        checkCanLink(contract, at, now);
        MeterLink link = MeterLink.open(contract.id(), at, opening, replacesMeter);
        links.add(link);
        events.add(new MeterEvent.Linked(link, now));
        return link;
    }

    /** Throws unless {@link #openLink} would accept this contract at {@code at}; changes nothing. */
    void checkCanLink(ServedContract contract, Instant at, Instant now) {
        currentLink().ifPresent(open -> {
            throw new MeterAlreadyLinked(number, open.contract());
        });
        if (!contract.site().equals(equipment.site())) {
            throw new InvalidField("contract", "meters.contract.another_site", contract.id(), number);
        }
        notInFuture(at, now, "linked_at");
        Instant lastEnd = links.isEmpty() ? null : links.get(links.size() - 1).unlinkedAt();
        if (lastEnd != null && at.isBefore(lastEnd)) {
            throw new InvalidField("linked_at", "meters.link.before_last_end", lastEnd);
        }
    }

    MeterLink closeLink(RegisterValue closing, Instant at, Instant now, MeterId replacedBy) {
        Objects.requireNonNull(closing, "closing");
        MeterLink open = currentLink().orElseThrow(() -> new MeterNotLinked(number));
        notInFuture(at, now, "unlinked_at");
        if (at.isBefore(open.linkedAt())) {
            throw new InvalidField("unlinked_at", "meters.link.end_before_start", open.linkedAt());
        }
        if (closing.isBelow(open.opening())) {
            throw new InvalidField("register_kwh", "meters.register.below_opening", open.opening());
        }
        MeterLink closed = open.closed(at, closing, replacedBy);
        links.set(links.indexOf(open), closed);
        events.add(new MeterEvent.Unlinked(closed, now));
        return closed;
    }

    /** Asks for the supply to be cut. Only a remote relay can be asked; otherwise it takes a field intervention. */
    public RelayChange requestDisconnect(Instant at) {
        requireRemoteRelay();
        return moveRelay(relayState.afterDisconnectRequest(), at);
    }

    /** Asks for the supply to be restored. */
    public RelayChange requestReconnect(Instant at) {
        requireRemoteRelay();
        return moveRelay(relayState.afterReconnectRequest(), at);
    }

    /**
     * The meter (or a technician, for a meter without remote relay) reports where the relay is. A report taken
     * before the relay state last changed says nothing about now and changes nothing: it may have been delayed
     * behind a newer request or report.
     */
    public RelayChange relayReported(RelayPosition position, Instant at) {
        Objects.requireNonNull(position, "position");
        if (relayChangedAt != null && at.isBefore(relayChangedAt)) {
            return new RelayChange(relayState, relayState);
        }
        return moveRelay(relayState.afterReport(position), at);
    }

    /**
     * Keeps {@code reading} as the last reading if it was read after the one kept; counts as contact too.
     *
     * @return whether the last reading moved
     */
    public boolean readingReceived(Reading reading) {
        seenAt(reading.readAt());
        if (lastReading != null && !reading.readAt().isAfter(lastReading.readAt())) {
            return false;
        }
        lastReading = reading;
        return true;
    }

    /** The meter made contact at {@code at}; an older contact changes nothing. */
    public void seenAt(Instant at) {
        if (lastSeenAt == null || at.isAfter(lastSeenAt)) {
            lastSeenAt = at;
        }
    }

    /** Hands over the events recorded since the last call, oldest first, and forgets them. */
    public List<MeterEvent> pullEvents() {
        List<MeterEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public Optional<MeterLink> currentLink() {
        return links.stream().filter(MeterLink::isOpen).findFirst();
    }

    public MeterId id() {
        return id;
    }

    public MeterNumber number() {
        return number;
    }

    public MeterEquipment equipment() {
        return equipment;
    }

    public SiteId site() {
        return equipment.site();
    }

    public MeterKind kind() {
        return kind;
    }

    public boolean hasRemoteRelay() {
        return remoteRelay;
    }

    public RelayState relayState() {
        return relayState;
    }

    public Instant relayChangedAt() {
        return relayChangedAt;
    }

    public Optional<Reading> lastReading() {
        return Optional.ofNullable(lastReading);
    }

    public Optional<Instant> lastSeenAt() {
        return Optional.ofNullable(lastSeenAt);
    }

    /** Every link, oldest first. */
    public List<MeterLink> links() {
        return List.copyOf(links);
    }

    private RelayChange moveRelay(RelayState next, Instant at) {
        Objects.requireNonNull(at, "at");
        RelayChange change = new RelayChange(relayState, next);
        if (change.changed()) {
            relayState = next;
            relayChangedAt = at;
        }
        return change;
    }

    private void requireRemoteRelay() {
        if (!remoteRelay) {
            throw new NoRemoteRelay(number);
        }
    }

    private static void notInFuture(Instant at, Instant now, String field) {
        Objects.requireNonNull(at, field);
        if (at.isAfter(now)) {
            throw new InvalidField(field, "meters.link.in_future");
        }
    }
}

package community.porter.access.door;

import community.porter.access.card.Card;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door commands of Porter, stored in the caller's transaction. Each stored command raises a
 * {@link DoorCommandQueued} event; the publisher listens for it after the commit, and its sweep
 * picks up whatever a crash left {@code QUEUED}.
 */
@Service
public class DoorCommandOutbox implements DoorCommands {

    private static final Set<DoorCommand.State> UNANSWERED = EnumSet.of(DoorCommand.State.QUEUED,
            DoorCommand.State.SENT);

    private final DoorCommandRepository commands;
    private final DoorRepository doors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public DoorCommandOutbox(DoorCommandRepository commands, DoorRepository doors, ApplicationEventPublisher events,
            Clock clock) {
        this.commands = commands;
        this.doors = doors;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long open(Door door, long idempotencyKey, Instant deadline) {
        return store(DoorCommand.open(door, idempotencyKey, deadline, clock.instant()));
    }

    @Override
    @Transactional
    public void blockCard(Card card, Collection<Door> doors) {
        perController(DoorCommand.Type.BLOCK_CARD, card, doors);
    }

    @Override
    @Transactional
    public void unblockCard(Card card, Collection<Door> doors) {
        perController(DoorCommand.Type.UNBLOCK_CARD, card, doors);
    }

    /** Sends {@code controllerId} its whole list of blocked cards (it came back after an outage). */
    @Transactional
    public long sync(String controllerId) {
        return store(DoorCommand.sync(controllerId, clock.instant()));
    }

    /**
     * The command {@code id} as it is to be published, while it still waits to be; an {@code OPEN}
     * whose deadline has passed is marked {@code EXPIRED} instead and never sent.
     */
    @Transactional
    public Optional<PendingDoorCommand> pending(long id) {
        DoorCommand command = commands.findById(id).orElse(null);
        if (command == null || command.getState() != DoorCommand.State.QUEUED) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (command.getDeadline() != null && !now.isBefore(command.getDeadline())) {
            // Leave the answer to the timeout sweep: it tells the person, once.
            return Optional.empty();
        }
        String door = command.getDoorId() == null ? null
                : doors.findById(command.getDoorId()).map(Door::getCode).orElse(null);
        List<String> blocked = command.getType() == DoorCommand.Type.SYNC
                ? commands.findBlockedCardNumbersFor(command.getControllerId()) : List.of();
        return Optional.of(new PendingDoorCommand(command.getId(), command.getType(), command.getControllerId(), door,
                command.getCard(), command.getIdempotencyKey(), command.getCreatedAt(), command.getDeadline(),
                blocked));
    }

    /** The command was handed to the broker. */
    @Transactional
    public boolean markSent(long id) {
        return commands.markSent(id, clock.instant()) == 1;
    }

    /** Commands left {@code QUEUED} for longer than a publish should take (a crash, a full queue). */
    @Transactional(readOnly = true)
    public List<Long> queuedBefore(Instant before, int max) {
        return commands.findQueuedBefore(before, PageRequest.of(0, max));
    }

    /** Unanswered {@code OPEN} commands whose deadline has passed. */
    @Transactional(readOnly = true)
    public List<Long> unansweredPastDeadline(int max) {
        return commands.findOpensPastDeadline(UNANSWERED, clock.instant(), PageRequest.of(0, max));
    }

    /**
     * Settles an unanswered command: {@code ACKED}, {@code NACKED}, or — past its deadline —
     * {@code TIMED_OUT} ({@code EXPIRED} when it was never sent).
     *
     * @return the command when this call settled it; empty when it was settled already or unknown
     */
    @Transactional
    public Optional<DoorCommand> settle(long id, DoorCommand.State outcome, String reason) {
        DoorCommand.State to = outcome;
        if (outcome == DoorCommand.State.TIMED_OUT) {
            DoorCommand command = commands.findById(id).orElse(null);
            if (command != null && command.getState() == DoorCommand.State.QUEUED) {
                to = DoorCommand.State.EXPIRED;
            }
        }
        String shortReason = reason == null || reason.length() <= 255 ? reason : reason.substring(0, 255);
        if (commands.settle(id, UNANSWERED, to, clock.instant(), shortReason) != 1) {
            return Optional.empty();
        }
        return commands.findById(id);
    }

    private void perController(DoorCommand.Type type, Card card, Collection<Door> doors) {
        Set<String> controllers = new LinkedHashSet<>();
        doors.forEach(door -> controllers.add(door.getControllerId()));
        Instant now = clock.instant();
        controllers.forEach(controller -> store(DoorCommand.card(type, controller, card.getNumber(), now)));
    }

    private long store(DoorCommand command) {
        long id = commands.save(command).getId();
        events.publishEvent(new DoorCommandQueued(id));
        return id;
    }
}

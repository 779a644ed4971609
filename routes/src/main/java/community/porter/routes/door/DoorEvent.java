package community.porter.routes.door;

import java.time.Instant;

/** An event a door controller sends on {@code porter.door.events} (docs/door-protocol.md). */
public sealed interface DoorEvent {

    /** The controller that sent it. */
    String controllerId();

    /** When it happened at the controller. */
    Instant at();

    /** The command was carried out. */
    record Ack(String controllerId, long commandId, Instant at) implements DoorEvent {
    }

    /** The command was refused. */
    record Nack(String controllerId, long commandId, String reason, Instant at) implements DoorEvent {
    }

    /** The controller is alive. */
    record Heartbeat(String controllerId, Instant at) implements DoorEvent {
    }

    /** A door opened (or refused) locally: card, pass or phone, any of them possibly missing. */
    record Opened(String controllerId, String door, String card, String pass, String phone, boolean granted,
            String detail, Instant at) implements DoorEvent {
    }

    /** Something is wrong at a door: {@code FORCED_DOOR}, {@code TAMPER}, {@code HELD_OPEN}. */
    record Alarm(String controllerId, String door, String kind, Instant at) implements DoorEvent {
    }

    /** The controller came back and wants its whole list. */
    record SyncRequest(String controllerId, Instant at) implements DoorEvent {
    }
}

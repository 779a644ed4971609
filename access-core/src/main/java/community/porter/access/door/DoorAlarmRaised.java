package community.porter.access.door;

/**
 * Published (as a Spring application event, inside the transaction) when a controller reports an
 * alarm at one of Porter's doors.
 *
 * @param door the door
 * @param kind what the controller saw: {@code FORCED_DOOR}, {@code TAMPER}, {@code HELD_OPEN}
 */
public record DoorAlarmRaised(Door door, String kind) {
}

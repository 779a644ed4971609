package community.porter.access.door;

import java.time.Instant;
import java.util.List;

/**
 * A stored door command as it is published (docs/door-protocol.md), with what the message needs
 * and nothing the publisher would have to look up.
 *
 * @param id             the command id ({@code commandId} in the protocol)
 * @param type           what the controller is asked to do
 * @param controllerId   the addressed controller
 * @param door           {@code OPEN}: the door code; else {@code null}
 * @param card           card commands: the card number; else {@code null}
 * @param idempotencyKey {@code OPEN}: the key the controller opens once for; else {@code null}
 * @param issuedAt       when the command was stored
 * @param deadline       {@code OPEN}: the controller must not open after it; else {@code null}
 * @param blockedCards   {@code SYNC}: every card the controller must refuse; else empty
 */
public record PendingDoorCommand(
        long id,
        DoorCommand.Type type,
        String controllerId,
        String door,
        String card,
        String idempotencyKey,
        Instant issuedAt,
        Instant deadline,
        List<String> blockedCards) {

    public PendingDoorCommand {
        blockedCards = List.copyOf(blockedCards);
    }
}

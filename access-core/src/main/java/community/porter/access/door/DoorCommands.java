package community.porter.access.door;

import community.porter.access.card.Card;
import java.time.Instant;
import java.util.Collection;

/**
 * Commands to door controllers (SPEC §6: {@code porter.door.commands}). Every method joins the
 * caller's transaction: the command is stored with the change that caused it and reaches the
 * controllers only once that change has committed, so a rolled-back command never opens a door
 * and a committed one is never lost.
 */
public interface DoorCommands {

    /**
     * Asks the controller of {@code door} to open it once.
     *
     * @param idempotencyKey the inbox id of the message that asked; a controller that sees the
     *                       same key twice opens once
     * @param deadline       when the person stops waiting: no acknowledgement by then is a
     *                       timeout, and the controller must not open after it
     * @return the command's id, which the controller's acknowledgement carries
     */
    long open(Door door, long idempotencyKey, Instant deadline);

    /** Tells the controllers of {@code doors} to refuse {@code card} from now on. */
    void blockCard(Card card, Collection<Door> doors);

    /** Tells the controllers of {@code doors} to accept {@code card} again where its rights allow. */
    void unblockCard(Card card, Collection<Door> doors);
}

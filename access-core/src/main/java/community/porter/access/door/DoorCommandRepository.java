package community.porter.access.door;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Door commands. Every state change is a conditional update that reports whether it applied, so
 * of two racing parties (an ACK and the timeout sweep, two publishers) exactly one wins.
 */
public interface DoorCommandRepository extends JpaRepository<DoorCommand, Long> {

    /** Ids of commands still waiting to be published, stored before {@code before}, oldest first. */
    @Query("select c.id from DoorCommand c where c.state = community.porter.access.door.DoorCommand.State.QUEUED"
            + " and c.createdAt < :before order by c.id")
    List<Long> findQueuedBefore(@Param("before") Instant before, Pageable page);

    /** Ids of {@code OPEN} commands in {@code states} whose deadline has passed. */
    @Query("select c.id from DoorCommand c where c.type = community.porter.access.door.DoorCommand.Type.OPEN"
            + " and c.state in :states and c.deadline < :now order by c.id")
    List<Long> findOpensPastDeadline(@Param("states") Collection<DoorCommand.State> states,
            @Param("now") Instant now, Pageable page);

    /** QUEUED → SENT. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update DoorCommand c set c.state = community.porter.access.door.DoorCommand.State.SENT, c.sentAt = :at"
            + " where c.id = :id and c.state = community.porter.access.door.DoorCommand.State.QUEUED")
    int markSent(@Param("id") long id, @Param("at") Instant at);

    /** Moves a command from one of {@code from} to {@code to}; 1 when it applied, 0 when settled already. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update DoorCommand c set c.state = :to, c.ackedAt = :at, c.reason = :reason"
            + " where c.id = :id and c.state in :from")
    int settle(@Param("id") long id, @Param("from") Collection<DoorCommand.State> from,
            @Param("to") DoorCommand.State to, @Param("at") Instant at, @Param("reason") String reason);

    /** Numbers of the cards a controller must refuse: every card of its doors' communities not active. */
    @Query("select c.number from Card c where c.status <> community.porter.access.card.CardStatus.ACTIVE"
            + " and c.community.id in (select d.community.id from Door d where d.controllerId = :controllerId)"
            + " order by c.number")
    List<String> findBlockedCardNumbersFor(@Param("controllerId") String controllerId);
}

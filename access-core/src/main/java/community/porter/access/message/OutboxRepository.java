package community.porter.access.message;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Stored outbound messages. */
public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    /** The message an application stored under its own reference, if any. */
    Optional<OutboxMessage> findByClientRef(String clientRef);

    @Query("select m.id from OutboxMessage m where m.state = :state and m.createdAt < :before order by m.priority, m.id")
    List<Long> findIdsByStateCreatedBefore(OutboxMessage.State state, Instant before, Pageable page);

    long countByInboxId(long inboxId);

    /** The replies to one inbound message, in the order they were queued. */
    List<OutboxMessage> findByInboxIdOrderByIdAsc(long inboxId);

    /** Messages to one phone, newest first. */
    List<OutboxMessage> findByRecipientOrderByIdDesc(String recipient, Pageable page);

    List<OutboxMessage> findAllByOrderByIdDesc(Pageable page);

    @Query("select m.priority from OutboxMessage m where m.id = :id")
    Optional<Integer> findPriorityById(long id);

    /** Claims a queued message for one sender; true for exactly one caller, on any node. */
    @Modifying
    @Query("""
            update OutboxMessage m set m.state = community.porter.access.message.OutboxMessage.State.SENDING
             where m.id = :id and m.state = community.porter.access.message.OutboxMessage.State.QUEUED""")
    int claim(long id);

    @Query("select m.id from OutboxMessage m where m.state = :state order by m.id")
    List<Long> findIdsByState(OutboxMessage.State state, Pageable page);

    /** One message back to the queue, if it is still being sent. */
    @Modifying
    @Query("""
            update OutboxMessage m set m.state = community.porter.access.message.OutboxMessage.State.QUEUED
             where m.id = :id and m.state = community.porter.access.message.OutboxMessage.State.SENDING""")
    int requeueIfSending(long id);

    /** At start: what a stopped process was sending is queued again (at least once, SPEC §5). */
    @Modifying
    @Query("""
            update OutboxMessage m set m.state = community.porter.access.message.OutboxMessage.State.QUEUED
             where m.state = community.porter.access.message.OutboxMessage.State.SENDING""")
    int requeueSending();
}

package community.porter.access.message;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Stored inbound messages. */
public interface InboxRepository extends JpaRepository<InboxMessage, Long> {

    Optional<InboxMessage> findByDedupKey(String dedupKey);

    /** Loads a message and locks its row, so one command runs once even if queued twice. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from InboxMessage m where m.id = :id")
    Optional<InboxMessage> lockById(long id);

    /** Candidates a re-delivered copy may be matched to: same peer, same words, acknowledgement in doubt. */
    @Query("""
            select m from InboxMessage m
             where m.ackState = community.porter.access.message.InboxMessage.AckState.LOST
               and m.connector = :connector and m.sender = :sender and m.text = :text
               and (m.recipient = :recipient or (m.recipient is null and :recipient is null))
               and m.ackLostAt >= :since
             order by m.id""")
    List<InboxMessage> findUnconfirmed(String connector, String sender, String recipient, String text, Instant since,
            Pageable page);

    /** Claims a candidate for one copy: true for exactly one caller. */
    @Modifying
    @Query("""
            update InboxMessage m set m.ackState = community.porter.access.message.InboxMessage.AckState.MATCHED
             where m.id = :id and m.ackState = community.porter.access.message.InboxMessage.AckState.LOST""")
    int claimUnconfirmed(long id);

    @Modifying
    @Query("""
            update InboxMessage m set m.ackState = community.porter.access.message.InboxMessage.AckState.ACKED
             where m.id in :ids and m.ackState = community.porter.access.message.InboxMessage.AckState.PENDING""")
    int markAcknowledged(java.util.Collection<Long> ids);

    @Modifying
    @Query("""
            update InboxMessage m set m.ackState = community.porter.access.message.InboxMessage.AckState.LOST,
                   m.ackLostAt = :at
             where m.id in :ids and m.ackState = community.porter.access.message.InboxMessage.AckState.PENDING""")
    int markAcknowledgementLost(java.util.Collection<Long> ids, Instant at);

    /** At start-up every acknowledgement still pending may have been lost with the process. */
    @Modifying
    @Query("""
            update InboxMessage m set m.ackState = community.porter.access.message.InboxMessage.AckState.LOST,
                   m.ackLostAt = :at
             where m.ackState = community.porter.access.message.InboxMessage.AckState.PENDING""")
    int markPendingAcknowledgementsLost(Instant at);

    @Query("select m.id from InboxMessage m where m.state = :state and m.receivedAt < :before order by m.id")
    List<Long> findIdsByStateReceivedBefore(InboxMessage.State state, Instant before, Pageable page);
}

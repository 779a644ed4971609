package community.porter.access.message;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

/** Accepted parts of sent messages. */
public interface OutboxPartRepository extends JpaRepository<OutboxPart, Long> {

    /**
     * The parts an SMSC id names on a connection, newest first. A locking read: on InnoDB it sees
     * a part committed a moment ago, and a part being recorded under that id waits for the
     * caller's commit, so a receipt and the record of its part cannot miss each other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    List<OutboxPart> findByConnectorAndTransportIdOrderByIdDesc(String connector, String transportId);

    List<OutboxPart> findByMessageIdOrderByPartNo(long messageId);

    /** The parts of several messages at once, for a list of messages. */
    List<OutboxPart> findByMessageIdInOrderByPartNo(Collection<Long> messageIds);
}

package community.porter.access.message;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Parts of long inbound messages. */
public interface InboundPartRepository extends JpaRepository<InboundPart, Long> {

    @Query("""
            select p from InboundPart p
             where p.sender = :sender and p.recipient = :recipient and p.reference = :reference
               and p.total = :total and p.sixteenBitReference = :sixteenBit and p.sequence = :sequence""")
    Optional<InboundPart> findPart(String sender, String recipient, int reference, int total, boolean sixteenBit,
            int sequence);

    @Query("""
            select p from InboundPart p
             where p.sender = :sender and p.recipient = :recipient and p.reference = :reference
               and p.total = :total and p.sixteenBitReference = :sixteenBit and p.takenAt is null
             order by p.sequence""")
    List<InboundPart> findWaiting(String sender, String recipient, int reference, int total, boolean sixteenBit);

    /**
     * Groups with a waiting part older than {@code cutoff}, oldest first: sender, recipient,
     * reference, total and reference width of each.
     */
    @Query("""
            select p.sender, p.recipient, p.reference, p.total, p.sixteenBitReference from InboundPart p
             where p.takenAt is null and p.receivedAt < :cutoff
             group by p.sender, p.recipient, p.reference, p.total, p.sixteenBitReference
             order by min(p.receivedAt)""")
    List<Object[]> findGroupsWaitingBefore(Instant cutoff, Pageable page);

    @Modifying
    @Query("update InboundPart p set p.takenAt = :at where p.id in :ids and p.takenAt is null")
    int markTaken(Collection<Long> ids, Instant at);

    /** Forgets the taken parts of a group, when its reference starts a new message. */
    @Modifying
    @Query("""
            delete from InboundPart p
             where p.sender = :sender and p.recipient = :recipient and p.reference = :reference
               and p.total = :total and p.sixteenBitReference = :sixteenBit and p.takenAt is not null""")
    int deleteTaken(String sender, String recipient, int reference, int total, boolean sixteenBit);

    @Modifying
    @Query("delete from InboundPart p where p.takenAt < :before")
    int deleteTakenBefore(Instant before);
}

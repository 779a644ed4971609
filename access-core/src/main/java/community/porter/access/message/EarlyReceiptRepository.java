package community.porter.access.message;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Receipts kept until their part is recorded. */
public interface EarlyReceiptRepository extends JpaRepository<EarlyReceipt, Long> {

    /**
     * The receipts kept for one part, oldest first. A locking read: on InnoDB it sees receipts
     * committed a moment ago and makes a receipt being stored for the same part wait for the
     * caller's commit, so a receipt and the record of its part cannot miss each other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    List<EarlyReceipt> findByConnectorAndTransportIdOrderById(String connector, String transportId);

    /** Receipts whose part has been recorded since they were kept. */
    @Query("""
            select e from EarlyReceipt e where exists (select p.id from OutboxPart p
             where p.connector = e.connector and p.transportId = e.transportId) order by e.id""")
    List<EarlyReceipt> findMatchable(Pageable page);

    List<EarlyReceipt> findByReceivedAtBeforeOrderById(Instant before, Pageable page);

    /** Takes a kept receipt for applying it; 1 for exactly one caller. */
    @Modifying
    @Query("delete from EarlyReceipt e where e.id = :id")
    int claim(long id);
}

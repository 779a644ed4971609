package community.porter.access.notice;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored broadcasts. */
public interface BroadcastRepository extends JpaRepository<Broadcast, Long> {

    /** Broadcasts that may have recipients to release or to settle, oldest first. */
    @Query("""
            select b.id from Broadcast b
             where b.state in (community.porter.access.notice.Broadcast.State.EXPANDED,
                               community.porter.access.notice.Broadcast.State.SENDING)
               and b.scheduledAt <= :now
             order by b.urgent desc, b.scheduledAt, b.id""")
    List<Long> findIdsInProgress(Instant now);
}

package community.porter.access.notice;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

    /**
     * Broadcasts of the communities at or under the node with {@code scopePath}, newest first:
     * the console's list, limited to what its user may see.
     */
    @Query(value = """
            select b from Broadcast b, community.porter.access.org.OrgNode c
             where c.id = b.communityId and c.path like concat(:scopePath, '%')
             order by b.createdAt desc, b.id desc""",
            countQuery = """
            select count(b) from Broadcast b, community.porter.access.org.OrgNode c
             where c.id = b.communityId and c.path like concat(:scopePath, '%')""")
    Page<Broadcast> findInScope(String scopePath, Pageable page);
}

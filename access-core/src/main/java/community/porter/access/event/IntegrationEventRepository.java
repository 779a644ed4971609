package community.porter.access.event;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Stored integration events. */
public interface IntegrationEventRepository extends JpaRepository<IntegrationEvent, Long> {

    /** Events still to publish, oldest first. */
    @Query("select e from IntegrationEvent e where e.publishedAt is null order by e.id")
    List<IntegrationEvent> findUnpublished(Pageable page);

    @Modifying
    @Query("update IntegrationEvent e set e.publishedAt = :at where e.id in :ids and e.publishedAt is null")
    int markPublished(Collection<Long> ids, Instant at);

    @Modifying
    @Query("delete from IntegrationEvent e where e.publishedAt < :before")
    int deletePublishedBefore(Instant before);
}

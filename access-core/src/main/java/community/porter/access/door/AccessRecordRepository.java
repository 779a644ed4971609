package community.porter.access.door;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Access records. */
public interface AccessRecordRepository extends JpaRepository<AccessRecord, Long> {

    /** The latest records of a door, newest first. */
    List<AccessRecord> findByDoorIdOrderByAtDesc(Long doorId, Pageable page);

    /** The latest records made with the given cards or from the given phone, newest first. */
    @Query("""
            select r from AccessRecord r join fetch r.door
            where r.card.id in :cardIds or r.phone = :phone
            order by r.at desc""")
    List<AccessRecord> findLatestOf(@Param("cardIds") Collection<Long> cardIds,
            @Param("phone") String phone, Pageable page);

}

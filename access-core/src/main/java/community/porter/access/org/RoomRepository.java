package community.porter.access.org;

import java.util.List;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Rooms. */
public interface RoomRepository extends JpaRepository<Room, Long> {

    Optional<Room> findByCommunityIdAndCode(Long communityId, String code);

    List<Room> findByUnitIdOrderByCodeAsc(Long unitId);

    long countByCommunityId(Long communityId);

    /** Rooms with this code in any community, oldest first (visitors do not name the community). */
    List<Room> findByCodeOrderByIdAsc(String code);

    /**
     * The rooms whose unit lies at or under the node with path {@code scopePath}, in community,
     * building, unit and room order, each with the number of memberships valid at {@code now}.
     */
    @Query(value = """
            select new community.porter.access.org.RoomOccupancy(r.id, r.code, c.id, c.name, b.name, u.name,
                (select count(m.id) from RoomMembership m where m.room = r
                   and (m.validFrom is null or m.validFrom <= :now)
                   and (m.validTo is null or m.validTo > :now)))
            from Room r join r.community c join r.unit u join u.parent b
            where u.path like concat(:scopePath, '%')
            order by c.code, b.code, u.code, r.code""",
            countQuery = "select count(r) from Room r where r.unit.path like concat(:scopePath, '%')")
    Page<RoomOccupancy> findOccupancyInScope(@Param("scopePath") String scopePath, @Param("now") Instant now,
            Pageable page);
}

package community.porter.access.org;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Rooms. */
public interface RoomRepository extends JpaRepository<Room, Long> {

    Optional<Room> findByCommunityIdAndCode(Long communityId, String code);

    List<Room> findByUnitIdOrderByCodeAsc(Long unitId);

    long countByCommunityId(Long communityId);

    /** Rooms with this code in any community, oldest first (visitors do not name the community). */
    List<Room> findByCodeOrderByIdAsc(String code);
}

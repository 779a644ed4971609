package community.porter.access.door;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Doors. */
public interface DoorRepository extends JpaRepository<Door, Long> {

    Optional<Door> findByCommunityIdAndCode(Long communityId, String code);

    List<Door> findByCommunityIdOrderByCodeAsc(Long communityId);

    List<Door> findByNodeId(Long nodeId);

    List<Door> findByControllerId(String controllerId);

    /** Doors with {@code code} in every community, oldest first. */
    List<Door> findByCodeOrderByIdAsc(String code);

    /** Doors whose node is at or under the node with path {@code path}. */
    @Query("select d from Door d where d.node.path like concat(:path, '%') order by d.code")
    List<Door> findAtOrUnder(@Param("path") String path);

    /** Marks offline the doors whose last heartbeat is older than {@code silentSince}. */
    @Modifying
    @Query("update Door d set d.online = false where d.online = true"
            + " and (d.lastHeartbeat is null or d.lastHeartbeat < :silentSince)")
    int markSilentOffline(@Param("silentSince") Instant silentSince);
}

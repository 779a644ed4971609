package community.porter.access.visitor;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The blacklist of visitor phones. */
public interface BlacklistEntryRepository extends JpaRepository<BlacklistEntry, Long> {

    boolean existsByCommunityIdAndPhone(Long communityId, String phone);

    Optional<BlacklistEntry> findByCommunityIdAndPhone(Long communityId, String phone);

    List<BlacklistEntry> findByCommunityIdOrderByCreatedAtDesc(Long communityId);

    /** The entries of communities at or under the node with {@code scopePath}, newest first. */
    @Query("select e from BlacklistEntry e where e.community.path like concat(:scopePath, '%')"
            + " order by e.createdAt desc, e.id desc")
    List<BlacklistEntry> findInScope(@Param("scopePath") String scopePath);
}

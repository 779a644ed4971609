package community.porter.access.visitor;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The blacklist of visitor phones. */
public interface BlacklistEntryRepository extends JpaRepository<BlacklistEntry, Long> {

    boolean existsByCommunityIdAndPhone(Long communityId, String phone);

    Optional<BlacklistEntry> findByCommunityIdAndPhone(Long communityId, String phone);

    List<BlacklistEntry> findByCommunityIdOrderByCreatedAtDesc(Long communityId);
}

package community.porter.access.notice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Notice channels. */
public interface NoticeChannelRepository extends JpaRepository<NoticeChannel, Long> {

    Optional<NoticeChannel> findByCommunityIdAndCode(Long communityId, String code);

    List<NoticeChannel> findByCommunityIdOrderByCodeAsc(Long communityId);
}

package community.porter.access.message;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Accepted parts of sent messages. */
public interface OutboxPartRepository extends JpaRepository<OutboxPart, Long> {

    Optional<OutboxPart> findFirstByConnectorAndTransportIdOrderByIdDesc(String connector, String transportId);

    List<OutboxPart> findByMessageIdOrderByPartNo(long messageId);
}

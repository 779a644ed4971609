package community.porter.access.message;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The command log. */
public interface CommandLogRepository extends JpaRepository<CommandLogEntry, Long> {

    List<CommandLogEntry> findByPhoneOrderByIdDesc(String phone, Pageable page);

    List<CommandLogEntry> findAllByOrderByIdDesc(Pageable page);

    boolean existsByInboxId(long inboxId);
}

package community.porter.access.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The audit log. */
public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    Page<AuditEntry> findAllByOrderByAtDesc(Pageable page);

    List<AuditEntry> findByTargetTypeAndTargetIdOrderByAtDesc(String targetType, String targetId);
}

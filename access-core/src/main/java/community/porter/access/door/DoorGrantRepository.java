package community.porter.access.door;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Explicit door grants. */
public interface DoorGrantRepository extends JpaRepository<DoorGrant, Long> {

    List<DoorGrant> findByCardId(Long cardId);

    List<DoorGrant> findByCardIdAndDoorId(Long cardId, Long doorId);

    List<DoorGrant> findByDoorId(Long doorId);
}

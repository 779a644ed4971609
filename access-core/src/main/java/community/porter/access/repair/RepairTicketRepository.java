package community.porter.access.repair;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Repair tickets. */
public interface RepairTicketRepository extends JpaRepository<RepairTicket, Long> {

    Optional<RepairTicket> findByNumber(String number);

    boolean existsByNumber(String number);

    List<RepairTicket> findByRoomIdOrderByCreatedAtDesc(Long roomId);
}

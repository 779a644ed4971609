package community.porter.access.message;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The command log. */
public interface CommandLogRepository extends JpaRepository<CommandLogEntry, Long> {

    List<CommandLogEntry> findByPhoneOrderByIdDesc(String phone, Pageable page);

    List<CommandLogEntry> findAllByOrderByIdDesc(Pageable page);

    boolean existsByInboxId(long inboxId);

    /** The row of one inbound message: its command and outcome. */
    Optional<CommandLogEntry> findByInboxId(long inboxId);

    /**
     * Settles the outcome of a message answered later than its command ran (a door open that
     * waited for its controller): sets the outcome and detail and counts the late replies.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update CommandLogEntry e set e.outcome = :outcome, e.detail = :detail,"
            + " e.replyCount = e.replyCount + :replies where e.inboxId = :inboxId")
    int settleLate(@Param("inboxId") long inboxId, @Param("outcome") CommandOutcome outcome,
            @Param("detail") String detail, @Param("replies") int replies);
}

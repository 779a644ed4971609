package community.porter.access.visitor;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Visitor requests. */
public interface VisitorRequestRepository extends JpaRepository<VisitorRequest, Long> {

    /** Requests with this approval code for one of the given rooms ({@code TY}/{@code JJ}). */
    List<VisitorRequest> findByApprovalCodeAndStateAndRoomIdIn(String approvalCode,
            RequestState state, Collection<Long> roomIds);

    /** Pending requests of a room, to keep approval codes unique among them. */
    List<VisitorRequest> findByRoomIdAndState(Long roomId, RequestState state);

    /** Pending requests past their expiry, for the expiry sweep. */
    List<VisitorRequest> findByStateAndExpiresAtLessThanEqual(RequestState state, Instant now);

    /** A visitor phone's requests in a community in a state (e.g. to revoke on blacklisting). */
    List<VisitorRequest> findByCommunityIdAndVisitorPhoneAndState(Long communityId,
            String visitorPhone, RequestState state);

    /** True when a request of the community in {@code state} already uses {@code approvalCode}. */
    boolean existsByCommunityIdAndApprovalCodeAndState(Long communityId, String approvalCode,
            RequestState state);

    /** The latest requests that used {@code approvalCode} since {@code since}, newest first. */
    List<VisitorRequest> findTop20ByApprovalCodeAndCreatedAtGreaterThanEqualOrderByIdDesc(
            String approvalCode, Instant since);

    /** Requests still waiting for an answer, of rooms at or under the node with {@code scopePath}, oldest first. */
    @Query("""
            select r from VisitorRequest r
            where r.state = community.porter.access.visitor.RequestState.PENDING and r.expiresAt > :now
              and r.room.unit.path like concat(:scopePath, '%')
            order by r.createdAt, r.id""")
    List<VisitorRequest> findOpenInScope(@Param("scopePath") String scopePath, @Param("now") Instant now);
}

package community.porter.access.visitor;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

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
}

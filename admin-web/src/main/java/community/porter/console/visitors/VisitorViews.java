package community.porter.console.visitors;

import community.porter.access.org.OrgNode;
import community.porter.access.visitor.BlacklistEntry;
import community.porter.access.visitor.VisitorPass;
import community.porter.access.visitor.VisitorRequest;
import community.porter.access.visitor.VisitorType;
import java.time.Instant;

/** What the visitors page shows, read inside the service's transaction. */
public final class VisitorViews {

    private VisitorViews() {
    }

    /** A request waiting for an answer. */
    public record PendingRow(long id, String visitorName, String visitorPhone, VisitorType type, String room,
            String community, Instant createdAt, Instant expiresAt) {

        static PendingRow of(VisitorRequest request) {
            return new PendingRow(request.getId(), request.getVisitorName(), request.getVisitorPhone(),
                    request.getType(), request.getRoom().getCode(), request.getCommunity().getName(),
                    request.getCreatedAt(), request.getExpiresAt());
        }
    }

    /** A live pass. */
    public record PassRow(long id, String visitorPhone, VisitorType type, String room, String community,
            String passCode, Instant validTo) {

        static PassRow of(VisitorPass pass) {
            return new PassRow(pass.getId(), pass.getVisitorPhone(), pass.getType(), pass.getRoom().getCode(),
                    pass.getCommunity().getName(), pass.getPassCode(), pass.getValidTo());
        }
    }

    /** A blacklisted phone in one community. */
    public record BlacklistRow(long id, String phone, String reason, String community, String createdBy,
            Instant createdAt) {

        static BlacklistRow of(BlacklistEntry entry) {
            return new BlacklistRow(entry.getId(), entry.getPhone(), entry.getReason(),
                    entry.getCommunity().getName(), entry.getCreatedBy(), entry.getCreatedAt());
        }
    }

    /** A community the user may blacklist phones in. */
    public record CommunityOption(long id, String name) {

        static CommunityOption of(OrgNode community) {
            return new CommunityOption(community.getId(), community.getName());
        }
    }
}

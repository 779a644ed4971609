package community.porter.access.notice;

import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import community.porter.access.person.Sender;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community whose notices a sender deals with: the community of their first room, otherwise
 * the community of their staff node (the one above a building or unit node, or the only one under
 * a higher node). Staff over several communities have none: a channel code alone cannot say which.
 */
@Service
public class NoticeCommunities {

    private final OrgNodeRepository nodes;

    public NoticeCommunities(OrgNodeRepository nodes) {
        this.nodes = nodes;
    }

    /** The sender's community, when there is exactly one. */
    @Transactional(readOnly = true)
    public Optional<OrgNode> of(Sender sender) {
        for (Sender.Membership membership : sender.memberships()) {
            if (membership.communityId() != null) {
                return nodes.findById(membership.communityId());
            }
        }
        for (Long nodeId : sender.staffNodeIds()) {
            Optional<OrgNode> community = nodes.findById(nodeId).flatMap(this::communityOf);
            if (community.isPresent()) {
                return community;
            }
        }
        return Optional.empty();
    }

    private Optional<OrgNode> communityOf(OrgNode node) {
        for (OrgNode n = node; n != null; n = n.getParent()) {
            if (n.getType() == OrgNodeType.COMMUNITY) {
                return Optional.of(n);
            }
        }
        List<OrgNode> under = nodes.findAtOrUnder(node.getPath(), OrgNodeType.COMMUNITY);
        return under.size() == 1 ? Optional.of(under.get(0)) : Optional.empty();
    }
}

package community.porter.console.phones;

import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import community.porter.console.security.ConsoleActor;
import community.porter.console.security.OutOfScopeException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The communities a console user may register phones in: those at or under their node, or, for
 * a user placed below a community (a building's caretaker), the community their node lies in;
 * the rooms they may use are still only those under their node.
 */
@Component
class PhoneCommunities {

    private final OrgNodeRepository nodes;

    PhoneCommunities(OrgNodeRepository nodes) {
        this.nodes = nodes;
    }

    List<OrgNode> of(ConsoleActor actor) {
        List<OrgNode> under = nodes.findAtOrUnder(actor.nodePath(), OrgNodeType.COMMUNITY);
        if (!under.isEmpty()) {
            return under;
        }
        OrgNode node = nodes.findById(actor.nodeId()).orElse(null);
        while (node != null && node.getType() != OrgNodeType.COMMUNITY) {
            node = node.getParent();
        }
        return node == null ? List.of() : List.of(node);
    }

    /**
     * The community {@code id} when it is one of {@link #of(ConsoleActor) the actor's}.
     *
     * @throws OutOfScopeException when it is not (or does not exist): a crafted id looks unknown
     */
    OrgNode require(ConsoleActor actor, Long id) {
        return of(actor).stream().filter(c -> c.getId().equals(id)).findFirst()
                .orElseThrow(OutOfScopeException::new);
    }
}

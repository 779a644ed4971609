package community.porter.console.broadcasts;

import community.porter.access.notice.NoticeChannel;
import community.porter.access.org.OrgNode;
import java.util.List;

/**
 * What the compose form offers as targets in the chosen community.
 *
 * @param communities every community in the user's scope
 * @param community   the chosen one, {@code null} when the user has none
 * @param channels    its notice channels
 * @param buildings   its buildings ({@code BUILDING:<code>} in the scope select)
 * @param units       its units ({@code UNIT:<code>})
 */
public record TargetOptions(List<OrgNode> communities, OrgNode community, List<NoticeChannel> channels,
        List<OrgNode> buildings, List<OrgNode> units) {
}

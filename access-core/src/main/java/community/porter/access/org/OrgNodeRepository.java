package community.porter.access.org;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Organisation tree nodes. */
public interface OrgNodeRepository extends JpaRepository<OrgNode, Long> {

    Optional<OrgNode> findByParentIdAndCode(Long parentId, String code);

    /** Communities are looked up by code (e.g. {@code DEMO}); codes of communities are unique. */
    default Optional<OrgNode> findCommunity(String code) {
        return findFirstByTypeAndCodeOrderByIdAsc(OrgNodeType.COMMUNITY, code);
    }

    Optional<OrgNode> findFirstByTypeAndCodeOrderByIdAsc(OrgNodeType type, String code);

    boolean existsByTypeAndCode(OrgNodeType type, String code);

    List<OrgNode> findByParentIdOrderByCodeAsc(Long parentId);

    /** The node with path {@code path} and every node under it, by path (parents first). */
    @Query("select n from OrgNode n where n.path like concat(:path, '%') order by n.path")
    List<OrgNode> findAtOrUnder(@Param("path") String path);

    /** The nodes of one type at or under the node with path {@code path}. */
    @Query("select n from OrgNode n where n.type = :type and n.path like concat(:path, '%')"
            + " order by n.code")
    List<OrgNode> findAtOrUnder(@Param("path") String path, @Param("type") OrgNodeType type);
}

package community.porter.access.console;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Console users. */
public interface ConsoleUserRepository extends JpaRepository<ConsoleUser, Long> {

    Optional<ConsoleUser> findByUsername(String username);

    boolean existsByUsername(String username);

    /** The users whose node is the node with path {@code path} or lies under it, by node and name. */
    @Query("select u from ConsoleUser u join fetch u.node n where n.path like concat(:path, '%')"
            + " order by n.path, u.username")
    List<ConsoleUser> findAtOrUnder(@Param("path") String path);
}

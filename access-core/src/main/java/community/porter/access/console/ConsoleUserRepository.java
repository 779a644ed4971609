package community.porter.access.console;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Console users. */
public interface ConsoleUserRepository extends JpaRepository<ConsoleUser, Long> {

    Optional<ConsoleUser> findByUsername(String username);

    boolean existsByUsername(String username);
}

package community.porter.access.console;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** API keys. */
public interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

    /** The key with this hash, unless revoked. */
    Optional<ApiKey> findByKeyHashAndRevokedAtIsNull(String keyHash);

    List<ApiKey> findAllByOrderByCreatedAtDesc();
}

package community.porter.console.apikeys;

import community.porter.access.console.ApiKey;
import community.porter.access.console.ApiKeys;
import community.porter.access.console.ApiKeys.IssuedKey;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;

/**
 * API keys as the console manages them: only administrators may see, create or revoke them (a key
 * reads and sends on the whole installation's behalf, so property staff get none), and the audit
 * log names the console user who did it.
 */
@Service
class ApiKeyAdministration {

    private final ApiKeys keys;

    ApiKeyAdministration(ApiKeys keys) {
        this.keys = keys;
    }

    List<ApiKey> list(Authentication user) {
        requireAdministrator(user);
        return keys.list();
    }

    IssuedKey create(String name, Authentication user) {
        requireAdministrator(user);
        return keys.create(name, actor(user));
    }

    Optional<ApiKey> revoke(long id, Authentication user) {
        requireAdministrator(user);
        return keys.revoke(id, actor(user));
    }

    /** Administrators are the {@code *_ADMIN} roles, whatever their level in the tree. */
    static boolean isAdministrator(Authentication user) {
        return user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(role -> role.startsWith("ROLE_") && role.endsWith("_ADMIN"));
    }

    private static void requireAdministrator(Authentication user) {
        if (!isAdministrator(user)) {
            throw new AccessDeniedException("API keys are managed by administrators only");
        }
    }

    private static String actor(Authentication user) {
        return "console:" + user.getName();
    }
}

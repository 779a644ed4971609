package community.porter.console.apikeys;

import community.porter.access.console.ApiKey;
import community.porter.access.console.ApiKeys;
import community.porter.access.console.ApiKeys.IssuedKey;
import community.porter.console.security.ConsoleActor;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * API keys as the console manages them. A key reads and sends on the whole installation's behalf,
 * across every community of the tree, so only administrators at the root of the tree may see,
 * create or revoke keys: a committee's administrator holding one would read the other
 * committees' messages. The audit log names the console user who did it.
 */
@Service
class ApiKeyAdministration {

    private final ApiKeys keys;

    ApiKeyAdministration(ApiKeys keys) {
        this.keys = keys;
    }

    List<ApiKey> list(ConsoleActor actor) {
        requireRootAdministrator(actor);
        return keys.list();
    }

    IssuedKey create(String name, ConsoleActor actor) {
        requireRootAdministrator(actor);
        return keys.create(name, actor.auditName());
    }

    Optional<ApiKey> revoke(long id, ConsoleActor actor) {
        requireRootAdministrator(actor);
        return keys.revoke(id, actor.auditName());
    }

    /** Administrators at a root of the tree; property staff and lower levels are not. */
    static boolean mayManageKeys(ConsoleActor actor) {
        return actor.isAdministrator() && actor.isAtTreeRoot();
    }

    private static void requireRootAdministrator(ConsoleActor actor) {
        if (!mayManageKeys(actor)) {
            throw new AccessDeniedException("API keys are managed by administrators at the root of the tree only");
        }
    }
}

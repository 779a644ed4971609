package community.porter.console.api;

import community.porter.console.security.ApiKeyAuthentication;
import java.util.Locale;
import org.springframework.security.core.Authentication;

/** How the API names its caller in Porter's records: the key's client, or the console user. */
final class ApiCallers {

    private ApiCallers() {
    }

    /** {@code api:<client>} for a key ({@code api:api key 3}), {@code console:<user>} for a session. */
    static String origin(Authentication caller) {
        if (caller == null) {
            return "api";
        }
        return caller instanceof ApiKeyAuthentication ? "api:" + caller.getName() : "console:" + caller.getName();
    }

    /**
     * The caller as a kiosk name (letters, digits, {@code -}, {@code _}; at most 40), for a kiosk
     * that does not name itself: {@code api-key-3}, {@code console-admin}.
     */
    static String kiosk(Authentication caller) {
        String name = origin(caller).replace(':', '-').replaceAll("[^A-Za-z0-9_-]+", "-").toLowerCase(Locale.ROOT);
        return name.length() > 40 ? name.substring(0, 40) : name;
    }
}

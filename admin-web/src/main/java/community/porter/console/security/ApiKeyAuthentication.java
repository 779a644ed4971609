package community.porter.console.security;

import community.porter.console.security.ApiKeyAuthenticator.ApiClient;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An application authenticated by its API key. It carries role {@code ROLE_API} and never the
 * key itself, so nothing downstream can leak it.
 */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    /** The authority every API-key caller has. */
    public static final String ROLE_API = "ROLE_API";

    private final ApiClient client;

    ApiKeyAuthentication(ApiClient client) {
        super(List.of(new SimpleGrantedAuthority(ROLE_API)));
        this.client = client;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public ApiClient getPrincipal() {
        return client;
    }

    @Override
    public String getName() {
        return client.name();
    }
}

package community.porter.console.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry header {@code X-API-Key}. A request with the header is
 * judged by the key alone: a bad key is refused at once, even if the browser also sends a console
 * session cookie, so a key can never be "rescued" by a session. A request without the header
 * passes on untouched and may still be authenticated by its console session.
 *
 * <p>Not a Spring bean on purpose: Spring Boot would register a bean filter for every URL.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    /** The header an application puts its key in (SPEC §10). */
    static final String HEADER = "X-API-Key";

    private final ApiKeyAuthenticator authenticator;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiKeyAuthenticationFilter(ApiKeyAuthenticator authenticator, AuthenticationEntryPoint entryPoint) {
        this.authenticator = authenticator;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        var client = authenticator.authenticate(key);
        if (client.isEmpty()) {
            contexts.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("Unknown or revoked API key"));
            return;
        }
        // A fresh context for this request only: nothing is saved, the API stays stateless.
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new ApiKeyAuthentication(client.get()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}

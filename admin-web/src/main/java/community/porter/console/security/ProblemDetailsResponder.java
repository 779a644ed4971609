package community.porter.console.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers refused API requests with an RFC 9457 problem detail ({@code application/problem+json})
 * instead of a redirect to the login page, which an application could not follow anyway.
 */
final class ProblemDetailsResponder implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;

    ProblemDetailsResponder(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String detail = e instanceof BadCredentialsException
                ? "The API key in header " + ApiKeyAuthenticationFilter.HEADER + " is unknown or revoked."
                : "Send a valid API key in header " + ApiKeyAuthenticationFilter.HEADER + ", or sign in to the console.";
        response.setHeader("WWW-Authenticate", "ApiKey header=\"" + ApiKeyAuthenticationFilter.HEADER + "\"");
        write(request, response, HttpStatus.UNAUTHORIZED, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        // With a console session the usual cause is a missing CSRF token on a state-changing call.
        write(request, response, HttpStatus.FORBIDDEN,
                "Not allowed. A console session must send its CSRF token with every change.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        try {
            problem.setInstance(new URI(request.getRequestURI()));
        } catch (URISyntaxException ignored) {
            // A path that is no valid URI is still refused; the problem just names no instance.
        }
        response.setStatus(status.value());
        // JSON is UTF-8 by definition (RFC 8259), which is what Jackson writes; no charset parameter.
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}

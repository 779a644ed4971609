package community.porter.console.security;

import community.porter.console.web.ConsoleLocaleResolver;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * What follows a login attempt: failures are counted towards the lock-out, a success resets the
 * count and, when the browser has no language chosen yet, switches to the user's own language.
 */
final class LoginOutcomeHandler implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final LoginAttempts attempts;
    private final LocaleResolver locales;
    private final SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
    private final ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();

    LoginOutcomeHandler(LoginAttempts attempts, LocaleResolver locales, RequestCache requestCache) {
        this.attempts = attempts;
        this.locales = locales;
        success.setRequestCache(requestCache);
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        attempts.recordSuccess(authentication.getName());
        if (authentication.getPrincipal() instanceof ConsoleUserPrincipal user
                && WebUtils.getCookie(request, ConsoleLocaleResolver.COOKIE) == null) {
            locales.setLocale(request, response, user.getLanguage());
        }
        success.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        // Only a wrong password counts: a locked or disabled account is refused before the check.
        if (exception instanceof BadCredentialsException) {
            attempts.recordFailure(request.getParameter("username"));
        }
        failure.onAuthenticationFailure(request, response, exception);
    }
}

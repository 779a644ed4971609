package community.porter.console.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Sends an htmx request whose session has ended to the login page. A plain redirect would be
 * followed inside the XMLHttpRequest and the login form swapped into a fragment of the page;
 * {@code HX-Redirect} makes htmx load the login page as the whole window instead.
 */
final class HtmxLoginRedirectEntryPoint implements AuthenticationEntryPoint {

    private final String loginPage;

    HtmxLoginRedirectEntryPoint(String loginPage) {
        this.loginPage = loginPage;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
        response.setHeader("HX-Redirect", request.getContextPath() + loginPage);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
}

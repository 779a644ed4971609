package community.porter.console.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import community.porter.console.api.ApiDocsConfiguration;
import community.porter.console.system.ConsoleProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSessionListener;
import java.util.LinkedHashMap;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may call what. Two filter chains: the REST API under {@code /api/**} (API key or console
 * session, answers in problem JSON) and everything else, the console (form login, CSRF, a
 * session that ends after inactivity). Both send the same strict security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ApiProperties.class, ConsoleProperties.class})
public class SecurityConfiguration {

    /** htmx marks its requests with this header; they must never get a login page as a fragment. */
    static final String HTMX_REQUEST = "HX-Request";

    /**
     * Only the application itself: htmx comes from the webjar on the same origin, and the pages
     * use no inline script or style, so a script injected into a text would not run either.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** No camera, microphone, location or payment for any page of the console. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    /**
     * Bcrypt for new passwords, behind the {@code {id}} prefix so the algorithm can change later
     * without invalidating stored hashes.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Applies the configured idle time-out to every new session, whatever the container's default. */
    @Bean
    HttpSessionListener sessionTimeout(ConsoleProperties properties) {
        return new SessionTimeoutListener(properties.console().sessionTimeout());
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeyAuthenticator keys, ObjectMapper json) throws Exception {
        var problems = new ProblemDetailsResponder(json);
        // Reads a console session if the caller has one, but never creates one: key callers stay stateless.
        var sessionContexts = new HttpSessionSecurityContextRepository();
        sessionContexts.setAllowSessionCreation(false);
        // Metrics are read by monitoring tools, which hold an API key, not a console login.
        http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/api/**"), PATHS.matcher("/actuator/metrics"),
                        PATHS.matcher("/actuator/metrics/**")))
                .authorizeHttpRequests(requests -> requests
                        // The API's description holds no data: anyone may read how to call it.
                        .requestMatchers(PATHS.matcher(ApiDocsConfiguration.DOCUMENT),
                                PATHS.matcher(ApiDocsConfiguration.DOCUMENT + "/**"),
                                PATHS.matcher(ApiDocsConfiguration.UI), PATHS.matcher(ApiDocsConfiguration.UI + "/**"),
                                PATHS.matcher(ApiDocsConfiguration.UI_ASSETS + "/**"))
                        .permitAll()
                        .anyRequest().authenticated())
                .addFilterAfter(new ApiKeyAuthenticationFilter(keys, problems), CsrfFilter.class)
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfOnApi))
                .securityContext(context -> context.securityContextRepository(sessionContexts))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(SecurityConfiguration::strictHeaders);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain consoleFilterChain(HttpSecurity http, LoginAttempts attempts, LocaleResolver locales)
            throws Exception {
        RequestMatcher htmx = new RequestHeaderRequestMatcher(HTMX_REQUEST, "true");
        var requestCache = requestCacheIgnoring(htmx);
        var loginOutcomes = new LoginOutcomeHandler(attempts, locales, requestCache);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PATHS.matcher("/login"), PATHS.matcher("/error"),
                                PATHS.matcher("/css/**"), PATHS.matcher("/webjars/**"), PATHS.matcher("/favicon.ico"),
                                PATHS.matcher("/actuator/health"), PATHS.matcher("/actuator/health/**"))
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login")
                        .successHandler(loginOutcomes).failureHandler(loginOutcomes).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                // A polling fragment must not become the page shown after login, nor be answered with
                // the login page: htmx gets 401 and a redirect header, and takes the whole window there.
                .requestCache(cache -> cache.requestCache(requestCache))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(loginEntryPoint(htmx)))
                .headers(SecurityConfiguration::strictHeaders);
        return http.build();
    }

    /**
     * CSRF matters only where a browser sends a session cookie by itself: state-changing calls of a
     * console session. A caller with a key or without any session cannot be tricked into anything,
     * and without this it would get 403 where 401 is the honest answer.
     */
    private static boolean needsCsrfOnApi(HttpServletRequest request) {
        return CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
                && request.getHeader(ApiKeyAuthenticationFilter.HEADER) == null
                && request.getSession(false) != null;
    }

    private static AuthenticationEntryPoint loginEntryPoint(RequestMatcher htmx) {
        var byRequest = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
        byRequest.put(htmx, new HtmxLoginRedirectEntryPoint("/login"));
        var entryPoint = new DelegatingAuthenticationEntryPoint(byRequest);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        return entryPoint;
    }

    private static HttpSessionRequestCache requestCacheIgnoring(RequestMatcher htmx) {
        var cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> !htmx.matches(request)
                && "GET".equals(request.getMethod()));
        return cache;
    }

    private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frames -> frames.deny())
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                // The console needs none of the browser's devices; a page that was tricked into asking gets nothing.
                .permissionsPolicyHeader(policy -> policy.policy(PERMISSIONS_POLICY));
    }
}

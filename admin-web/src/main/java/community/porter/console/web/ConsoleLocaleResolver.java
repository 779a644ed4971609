package community.porter.console.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Remembers the console language in a cookie, Chinese unless the person chose English. Any other
 * requested language falls back to Chinese, so the page, its {@code lang} attribute and its
 * messages always agree.
 */
public final class ConsoleLocaleResolver extends CookieLocaleResolver {

    /** Name of the cookie holding the chosen language. */
    public static final String COOKIE = "porter-lang";

    /** The console's default language (SPEC §3.3: community default Chinese). */
    public static final Locale DEFAULT = Locale.CHINESE;

    ConsoleLocaleResolver() {
        super(COOKIE);
        setDefaultLocale(DEFAULT);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieHttpOnly(true);
        setCookieSameSite("Lax");
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        super.setLocale(request, response, supported(locale));
    }

    /** Also applies to a hand-made cookie, which would otherwise bring in any language. */
    @Override
    protected Locale parseLocaleValue(String value) {
        return supported(super.parseLocaleValue(value));
    }

    /** English when asked for English, Chinese for everything else. */
    static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DEFAULT;
    }
}

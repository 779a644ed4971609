package community.porter.console.web;

import community.porter.console.security.ConsoleActorResolver;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages of the console: one message source for the console texts and the SMS reply texts,
 * the language kept in a cookie, and {@code ?lang=zh|en} on any page to switch.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleWebConfiguration implements WebMvcConfigurer {

    /** Request parameter that switches the language, e.g. {@code /?lang=en}. */
    public static final String LANGUAGE_PARAMETER = "lang";

    /**
     * The console's texts, one bundle per feature (so each page's texts live beside each other),
     * then the command replies. Each has a {@code _zh} and an {@code _en} file with the same keys.
     */
    public static final String[] CONSOLE_BUNDLES = {"messages/console", "messages/dashboard", "messages/phones",
        "messages/people", "messages/cards", "messages/visitors", "messages/broadcasts", "messages/logs",
        "messages/users", "messages/commands"};

    /**
     * The application's only message source. It holds both the console bundle (this module) and
     * the command-reply bundle (the handlers module), so a page can show a reply text exactly as
     * the SMS would. Properties files are UTF-8. There is no base bundle: a language without its
     * own file falls back to Chinese, never to the server's locale.
     */
    @Bean
    MessageSource messageSource() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(CONSOLE_BUNDLES);
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(ConsoleLocaleResolver.DEFAULT);
        return source;
    }

    /** Named {@code localeResolver} because that is the name the DispatcherServlet looks for. */
    @Bean
    LocaleResolver localeResolver() {
        return new ConsoleLocaleResolver();
    }

    /** Controller methods take the signed-in {@link community.porter.console.security.ConsoleActor} as a parameter. */
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ConsoleActorResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName(LANGUAGE_PARAMETER);
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}

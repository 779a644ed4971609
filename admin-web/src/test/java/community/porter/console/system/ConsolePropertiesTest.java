package community.porter.console.system;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.console.security.ApiProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The console's settings: sensible defaults, and a wrong value stops start-up with a reason. */
class ConsolePropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ConsoleProperties.class, ApiProperties.class})
    static class Settings {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void defaultsNeedNoConfigurationAtAll() {
        runner.run(context -> {
            var properties = context.getBean(ConsoleProperties.class);
            assertThat(properties.admin().username()).isEqualTo("admin");
            assertThat(properties.admin().generatePassword()).isTrue();
            assertThat(properties.console().sessionTimeout()).isEqualTo(Duration.ofMinutes(30));
            assertThat(properties.console().maxFailedLogins()).isEqualTo(5);
            assertThat(properties.console().lockout()).isEqualTo(Duration.ofMinutes(15));
            assertThat(context.getBean(ApiProperties.class).keys()).isEmpty();
        });
    }

    @Test
    void settingsBindFromTheirDocumentedNames() {
        runner.withPropertyValues("porter.admin.username=chief", "porter.admin.password=long enough",
                        "porter.console.session-timeout=10m", "porter.console.max-failed-logins=3",
                        "porter.console.lockout=1h", "porter.api.keys=k1-secret, k2-secret,")
                .run(context -> {
                    var properties = context.getBean(ConsoleProperties.class);
                    assertThat(properties.admin().username()).isEqualTo("chief");
                    assertThat(properties.admin().password()).isEqualTo("long enough");
                    assertThat(properties.console().sessionTimeout()).isEqualTo(Duration.ofMinutes(10));
                    assertThat(properties.console().maxFailedLogins()).isEqualTo(3);
                    assertThat(properties.console().lockout()).isEqualTo(Duration.ofHours(1));
                    assertThat(context.getBean(ApiProperties.class).keys()).containsExactly("k1-secret", "k2-secret");
                });
    }

    @Test
    void aShortAdminPasswordStopsStartUp() {
        runner.withPropertyValues("porter.admin.password=short").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("porter.admin.password"));
    }

    @Test
    void anAdminNameWithSpacesStopsStartUp() {
        runner.withPropertyValues("porter.admin.username=the boss").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("porter.admin.username"));
    }

    @Test
    void anApiKeyWithSpacesStopsStartUp() {
        runner.withPropertyValues("porter.api.keys=has space").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("porter.api.keys"));
    }

    @Test
    void passwordsNeverShowInToString() {
        var admin = new ConsoleProperties.Admin("admin", "top secret value");
        var api = new ApiProperties(java.util.List.of("key-secret"));
        assertThat(admin.toString()).doesNotContain("top secret");
        assertThat(api.toString()).doesNotContain("key-secret");
    }
}

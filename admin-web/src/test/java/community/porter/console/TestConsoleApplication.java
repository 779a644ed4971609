package community.porter.console;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The console on its own, as the gateway would host it: the whole access core (services,
 * entities, repositories, settings) on H2, and a clock the tests can move forward instead of
 * sleeping.
 */
@SpringBootApplication(scanBasePackages = {"community.porter.console", "community.porter.access"})
@ConfigurationPropertiesScan("community.porter.access")
@EntityScan("community.porter.access")
@EnableJpaRepositories("community.porter.access")
public class TestConsoleApplication {

    @Bean
    MutableClock clock() {
        return new MutableClock();
    }
}

package community.porter.access;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The smallest application that boots access-core: data source, Flyway, JPA, the services. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TestApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

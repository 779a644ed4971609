package community.porter.command;

import java.time.Instant;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The command language with the access core it acts through: data source, Flyway, JPA, the
 * access services, the pipeline and the handlers, on an in-memory H2 in MySQL mode (see
 * application.properties). No transports, no routes. Scheduled housekeeping is on, as in the
 * application. Time is a {@link MutableClock}, so tests move it instead of waiting.
 */
@SpringBootApplication(scanBasePackages = {"community.porter.access", "community.porter.command"})
@ConfigurationPropertiesScan({"community.porter.access", "community.porter.command"})
@EntityScan("community.porter.access")
@EnableJpaRepositories("community.porter.access")
@EnableScheduling
public class HandlersTestApplication {

    @Bean
    MutableClock clock() {
        return new MutableClock(Instant.parse("2026-11-23T02:00:00Z"));
    }
}

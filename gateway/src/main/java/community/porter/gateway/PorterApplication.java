package community.porter.gateway;

import community.porter.gateway.cli.ApiKeyTask;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Porter: an SMS command gateway for residential-community access control.
 *
 * <p>{@code --demo} turns on the demo profile: a demo community, an in-process SMSC simulator
 * Porter binds to over real SMPP, simulated door controllers and the phone simulator page.
 * {@code api-key create|list|revoke} as first argument runs {@link ApiKeyTask} instead of a start.
 */
@SpringBootApplication(scanBasePackages = "community.porter")
@ConfigurationPropertiesScan("community.porter")
@EntityScan("community.porter")
@EnableJpaRepositories("community.porter")
@EnableScheduling
public class PorterApplication {

    /** The command-line flag that starts the demo. */
    static final String DEMO_FLAG = "--demo";

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(ApiKeyTask.NAME)) {
            // A task for a shell, not a start: database only, then exit with the task's status.
            System.exit(ApiKeyTask.run(args, System.out, System.err));
        }
        SpringApplication application = new SpringApplication(PorterApplication.class);
        if (Arrays.asList(args).contains(DEMO_FLAG)) {
            application.setAdditionalProfiles("demo");
        }
        application.run(args);
    }

    /** One clock for the whole application, so tests can move time instead of waiting for it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

package community.porter.console;

import community.porter.access.audit.AuditTrail;
import community.porter.access.console.ApiKeys;
import community.porter.access.message.AppMessages;
import community.porter.access.message.AppMessagesProperties;
import community.porter.access.message.Inbox;
import community.porter.access.message.InboundParts;
import community.porter.access.message.InboxProperties;
import community.porter.access.person.PhoneNumbers;
import community.porter.access.visitor.KioskVisitRequests;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The console on its own, as the gateway would host it: the access-core entities and
 * repositories on H2, and a clock the tests can move forward instead of sleeping.
 */
@SpringBootApplication
@Import({ApiKeys.class, AuditTrail.class, AppMessages.class, KioskVisitRequests.class, Inbox.class,
        InboundParts.class, PhoneNumbers.class})
@EnableConfigurationProperties({AppMessagesProperties.class, InboxProperties.class})
@EntityScan("community.porter.access")
@EnableJpaRepositories("community.porter.access")
public class TestConsoleApplication {

    @Bean
    MutableClock clock() {
        return new MutableClock();
    }
}

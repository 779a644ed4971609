package community.porter.access.message;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox's acceptance journal, one per process, under {@code porter.outbox.journal-dir}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxJournalProperties.class)
class OutboxJournalConfiguration {

    @Bean(destroyMethod = "close")
    FileAcceptanceJournal acceptanceJournal(OutboxJournalProperties properties, Clock clock) {
        return new FileAcceptanceJournal(properties.journalDir(), properties.journalSegment(),
                properties.journalRetention(), clock);
    }
}

package community.porter.access.message;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.TestApplication;
import community.porter.sms.InboundSms;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What Porter knows about its acknowledgements survives a stop and a start on the same database:
 * only an acknowledgement that may really have been lost makes a message a candidate for a
 * re-delivered copy (SPEC §5).
 */
class AcknowledgementsAcrossRestartTest {

    private final String database = "jdbc:h2:mem:restart-" + UUID.randomUUID()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void anAcknowledgementConfirmedJustBeforeAGracefulStopIsNotTakenForLostAfterTheRestart() {
        long confirmed;
        long unconfirmed;
        try (ConfigurableApplicationContext porter = start()) {
            Inbox inbox = porter.getBean(Inbox.class);
            confirmed = inbox.store(sms("KM")).inboxId();
            unconfirmed = inbox.store(sms("CX")).inboxId();
            // Confirmed by the transport, but not yet written by the periodic flush when Porter stops.
            porter.getBean(InboxAcknowledgements.class).acknowledged("main", confirmed);
        }

        try (ConfigurableApplicationContext restarted = start()) {
            InboxRepository messages = restarted.getBean(InboxRepository.class);
            assertThat(messages.findById(confirmed).orElseThrow().getAckState())
                    .as("acknowledged before the stop").isEqualTo(InboxMessage.AckState.ACKED);
            assertThat(messages.findById(unconfirmed).orElseThrow().getAckState())
                    .as("never confirmed").isEqualTo(InboxMessage.AckState.LOST);
            assertThat(restarted.getBean(Inbox.class).store(sms("KM")).isDuplicate())
                    .as("the resident sending KM again after the restart").isFalse();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + database)
                .run();
    }

    private static InboundSms sms(String text) {
        return new InboundSms("main", "+8613800000001", null, text, null, null, Instant.now(), false);
    }
}

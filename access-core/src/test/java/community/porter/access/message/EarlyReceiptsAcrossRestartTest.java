package community.porter.access.message;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.TestApplication;
import community.porter.sms.DeliveryReceipt;
import community.porter.sms.SubmitOutcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A receipt kept for a part not yet recorded survives a stop and a start on the same database. */
class EarlyReceiptsAcrossRestartTest {

    private final String database = "jdbc:h2:mem:receipts-" + UUID.randomUUID()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void aReceiptKeptBeforeAStopIsAppliedWhenItsPartIsRecordedAfterTheStart() {
        long id;
        try (ConfigurableApplicationContext porter = start()) {
            Outbox outbox = porter.getBean(Outbox.class);
            id = outbox.enqueue(OutboxMessage.Kind.REPLY, 5, "+8613800000001", "Door 1-1 is open.", null).getId();
            outbox.claim(id);
            assertThat(porter.getBean(DeliveryReceipts.class).record(new DeliveryReceipt("main", "a00001",
                    DeliveryReceipt.State.DELIVERED, null, Instant.now(), "DELIVRD")))
                    .isEqualTo(DeliveryReceipts.Result.KEPT);
        }

        try (ConfigurableApplicationContext restarted = start()) {
            restarted.getBean(Outbox.class).recordSent(id, new SubmitOutcome("main", List.of("a00001")));

            assertThat(restarted.getBean(OutboxRepository.class).findById(id).orElseThrow().getState())
                    .isEqualTo(OutboxMessage.State.DELIVERED);
            assertThat(restarted.getBean(EarlyReceiptRepository.class).count()).isZero();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + database)
                .run();
    }
}

package community.porter.demo.smsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import org.jsmpp.bean.BindType;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Binding to the demo SMSC and the session-level PDUs, with jSMPP as the ESME. */
class DemoSmscBindTest {

    private static final int ESME_RINVPASWD = 0x0E;

    private final DemoSmsc smsc = new DemoSmsc(DemoSmscSettings.defaults().withPort(0));

    @BeforeEach
    void start() {
        smsc.start();
    }

    @AfterEach
    void stop() {
        smsc.stop();
    }

    @Test
    void listensOnAnEphemeralLoopbackPortAndAcceptsTheConfiguredCredentials() throws Exception {
        assertThat(smsc.isRunning()).isTrue();
        assertThat(smsc.port()).isPositive();

        try (TestEsme esme = TestEsme.bind(smsc.port(), "porter", "demo")) {
            assertThat(esme.isBound()).isTrue();
            await().atMost(Duration.ofSeconds(5)).until(smsc::hasReceiver);
        }
    }

    @Test
    void wrongPasswordIsRefusedWithInvalidPassword() throws Exception {
        assertThat(rawBindStatus("porter", "wrong")).as("bind_resp command_status").isEqualTo(ESME_RINVPASWD);
        assertThat(rawBindStatus("stranger", "demo")).as("unknown system id, same answer").isEqualTo(ESME_RINVPASWD);
        assertThat(rawBindStatus("porter", "demo")).as("right credentials").isZero();
    }

    @Test
    void aJsmppClientWithAWrongPasswordIsNotBound() {
        // Cloudhopper closes the connection right after a refused bind_resp, and jSMPP then
        // sometimes loses the response and reports a time-out instead; either way no bind.
        assertThatThrownBy(() -> TestEsme.bind(smsc.port(), "porter", "wrong", BindType.BIND_TRX, 1_000))
                .isInstanceOf(IOException.class)
                .satisfiesAnyOf(
                        e -> assertThat(e).rootCause().isInstanceOfSatisfying(NegativeResponseException.class,
                                n -> assertThat(n.getCommandStatus()).isEqualTo(ESME_RINVPASWD)),
                        e -> assertThat(e).rootCause().isInstanceOf(ResponseTimeoutException.class));
        assertThat(smsc.hasReceiver()).isFalse();
    }

    @Test
    void transmitterAndReceiverBindsAreAccepted() throws Exception {
        try (TestEsme transmitter = TestEsme.bind(smsc.port(), "porter", "demo", BindType.BIND_TX)) {
            assertThat(transmitter.isBound()).isTrue();
            assertThat(smsc.hasReceiver()).as("a transmitter receives no deliver_sm").isFalse();
            try (TestEsme receiver = TestEsme.bind(smsc.port(), "porter", "demo", BindType.BIND_RX)) {
                assertThat(receiver.isBound()).isTrue();
                await().atMost(Duration.ofSeconds(5)).until(smsc::hasReceiver);
            }
        }
    }

    @Test
    void answersEnquireLinkAndUnbind() throws Exception {
        try (TestEsme esme = TestEsme.bind(smsc.port(), "porter", "demo")) {
            esme.enquireLink();
            esme.unbind();
            await().atMost(Duration.ofSeconds(5)).until(() -> !smsc.hasReceiver());
        }
    }

    /** The bind_resp's command_status, with no SMPP library in between. */
    private int rawBindStatus(String systemId, String password) throws IOException {
        try (RawSmppClient client = new RawSmppClient(smsc.port())) {
            RawSmppClient.Pdu response = client.bindTransceiver(systemId, password);
            assertThat(response.commandId()).as("command_id").isEqualTo(RawSmppClient.BIND_TRANSCEIVER_RESP);
            assertThat(response.sequence()).as("sequence_number").isEqualTo(1);
            return response.status();
        }
    }

    @Test
    void canBeStoppedAndStartedAgain() throws Exception {
        smsc.stop();
        assertThat(smsc.isRunning()).isFalse();
        assertThatThrownBy(smsc::port).isInstanceOf(IllegalStateException.class);

        smsc.start();
        try (TestEsme esme = TestEsme.bind(smsc.port(), "porter", "demo")) {
            assertThat(esme.isBound()).isTrue();
        }
    }
}

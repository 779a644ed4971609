package community.porter.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What jSMPP cannot be made to send: PDUs written byte by byte, to see that Porter answers
 * unknown and undecodable requests as SMPP 3.4 requires instead of leaving the SMSC waiting.
 */
class SmscProtocolHygieneTest {

    private static final int RESPONSE = 0x80000000;
    private static final int GENERIC_NACK = RESPONSE;
    private static final int DELIVER_SM = 0x00000005;
    private static final int BIND_TRANSCEIVER = 0x00000009;
    private static final int ENQUIRE_LINK = 0x00000015;

    private DefaultCamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
    }

    /** One PDU off the wire. */
    private record Pdu(int commandId, int status, int sequence, byte[] body) {
    }

    private static Pdu read(DataInputStream in) throws IOException {
        int length = in.readInt();
        int commandId = in.readInt();
        int status = in.readInt();
        int sequence = in.readInt();
        byte[] body = new byte[length - 16];
        in.readFully(body);
        return new Pdu(commandId, status, sequence, body);
    }

    private static void write(DataOutputStream out, int commandId, int status, int sequence, byte[] body) throws IOException {
        ByteBuffer pdu = ByteBuffer.allocate(16 + body.length);
        pdu.putInt(16 + body.length).putInt(commandId).putInt(status).putInt(sequence).put(body);
        out.write(pdu.array());
        out.flush();
    }

    /** Reads PDUs until one that is not an enquire_link (which it answers) comes. */
    private static Pdu nextAnswer(DataInputStream in, DataOutputStream out) throws IOException {
        while (true) {
            Pdu pdu = read(in);
            if (pdu.commandId() != ENQUIRE_LINK) {
                return pdu;
            }
            write(out, ENQUIRE_LINK | RESPONSE, 0, pdu.sequence(), new byte[0]);
        }
    }

    @Test
    void unknownAndUndecodableRequestsAreAnsweredAndEnquireLinkToo() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(10_000);
            context = new DefaultCamelContext();
            context.addComponent("smsc", new SmscComponent());
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("smsc:raw?host=127.0.0.1&port=" + server.getLocalPort() + "&systemId=porter").to("mock:in");
                }
            });
            context.start();

            try (Socket socket = server.accept()) {
                socket.setSoTimeout((int) Duration.ofSeconds(10).toMillis());
                DataInputStream in = new DataInputStream(socket.getInputStream());
                DataOutputStream out = new DataOutputStream(socket.getOutputStream());

                Pdu bind = read(in);
                assertThat(bind.commandId()).isEqualTo(BIND_TRANSCEIVER);
                write(out, BIND_TRANSCEIVER | RESPONSE, 0, bind.sequence(), "raw\0".getBytes());

                write(out, 0x00000077, 0, 4711, new byte[] {1, 2, 3});
                Pdu nack = nextAnswer(in, out);
                assertThat(nack.commandId()).as("generic_nack").isEqualTo(GENERIC_NACK);
                assertThat(nack.status()).as("ESME_RINVCMDID").isEqualTo(0x03);
                assertThat(nack.sequence()).isEqualTo(4711);

                write(out, ENQUIRE_LINK, 0, 4712, new byte[0]);
                Pdu pong = nextAnswer(in, out);
                assertThat(pong.commandId()).isEqualTo(ENQUIRE_LINK | RESPONSE);
                assertThat(pong.status()).isZero();
                assertThat(pong.sequence()).isEqualTo(4712);

                // A deliver_sm whose body ends after service_type cannot be read at all.
                write(out, DELIVER_SM, 0, 4713, new byte[] {0});
                Pdu refused = nextAnswer(in, out);
                assertThat(refused.sequence()).isEqualTo(4713);
                assertThat(refused.commandId()).isEqualTo(DELIVER_SM | RESPONSE);
                assertThat(refused.status()).as("ESME_RX_P_APPN: refused for good, not offered again").isEqualTo(0x65);
            }
        }
    }
}

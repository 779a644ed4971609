package community.porter.demo.smsc;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * SMPP over a plain socket, for what no client library lets a test do: read exactly the
 * bind_resp status, or receive a deliver_sm and vanish without answering it.
 */
final class RawSmppClient implements AutoCloseable {

    static final int BIND_TRANSCEIVER = 0x00000009;
    static final int BIND_TRANSCEIVER_RESP = 0x80000009;
    static final int DELIVER_SM = 0x00000005;

    /** One PDU's header and body. */
    record Pdu(int commandId, int status, int sequence, byte[] body) {}

    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;

    RawSmppClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5_000);
        in = new DataInputStream(socket.getInputStream());
        out = new DataOutputStream(socket.getOutputStream());
    }

    /** Sends bind_transceiver and returns the bind_resp. */
    Pdu bindTransceiver(String systemId, String password) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String field : new String[] {systemId, password, ""}) {
            body.writeBytes(field.getBytes(StandardCharsets.US_ASCII));
            body.write(0);
        }
        body.writeBytes(new byte[] {0x34, 0, 0, 0}); // interface_version, addr_ton, addr_npi, empty address_range
        out.writeInt(16 + body.size());
        out.writeInt(BIND_TRANSCEIVER);
        out.writeInt(0);
        out.writeInt(1);
        out.write(body.toByteArray());
        out.flush();
        return read();
    }

    /** Reads the next PDU, waiting at most five seconds. */
    Pdu read() throws IOException {
        int length = in.readInt();
        int commandId = in.readInt();
        int status = in.readInt();
        int sequence = in.readInt();
        byte[] body = new byte[length - 16];
        in.readFully(body);
        return new Pdu(commandId, status, sequence, body);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

package community.porter.smpp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;

/**
 * An SMSC whose every PDU the test writes by hand, on 127.0.0.1 and a free port: for what
 * jSMPP cannot be made to do (refuse a bind with a chosen status, ignore enquire_link, answer a
 * submit with generic_nack). Each accepted TCP connection is a {@link Peer}; the moment it was
 * accepted is kept, so back-off can be measured from this side.
 */
public final class ScriptedSmsc implements AutoCloseable {

    public static final int RESPONSE = 0x80000000;
    public static final int GENERIC_NACK = RESPONSE;
    public static final int SUBMIT_SM = 0x00000004;
    public static final int UNBIND = 0x00000006;
    public static final int BIND_TRANSCEIVER = 0x00000009;
    public static final int ENQUIRE_LINK = 0x00000015;

    private final ServerSocket server;

    public ScriptedSmsc() throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        server.setSoTimeout(15_000);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Waits (bounded) for the ESME's next TCP connection. */
    public Peer accept() throws IOException {
        Socket socket = server.accept();
        socket.setSoTimeout(15_000);
        return new Peer(socket, System.nanoTime());
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /** One PDU off the wire. */
    public record Pdu(int commandId, int status, int sequence, byte[] body) {
    }

    /** One TCP connection from the ESME. */
    public static final class Peer implements AutoCloseable {
        private final Socket socket;
        private final DataInputStream in;
        private final DataOutputStream out;
        private final long acceptedAtNanos;
        private volatile long lastWriteAtNanos;

        Peer(Socket socket, long acceptedAtNanos) throws IOException {
            this.socket = socket;
            this.in = new DataInputStream(socket.getInputStream());
            this.out = new DataOutputStream(socket.getOutputStream());
            this.acceptedAtNanos = acceptedAtNanos;
        }

        /** @return {@link System#nanoTime()} when the connection was accepted */
        public long acceptedAtNanos() {
            return acceptedAtNanos;
        }

        public Pdu read() throws IOException {
            int length = in.readInt();
            int commandId = in.readInt();
            int status = in.readInt();
            int sequence = in.readInt();
            byte[] body = new byte[length - 16];
            in.readFully(body);
            return new Pdu(commandId, status, sequence, body);
        }

        /** Reads PDUs until one that is not an enquire_link (which it answers) comes. */
        public Pdu readSkippingEnquireLinks() throws IOException {
            while (true) {
                Pdu pdu = read();
                if (pdu.commandId() != ENQUIRE_LINK) {
                    return pdu;
                }
                write(ENQUIRE_LINK | RESPONSE, 0, pdu.sequence(), new byte[0]);
            }
        }

        /** @return {@link System#nanoTime()} just before the last PDU was written: the ESME cannot have read it earlier */
        public long lastWriteAtNanos() {
            return lastWriteAtNanos;
        }

        public void write(int commandId, int status, int sequence, byte[] body) throws IOException {
            lastWriteAtNanos = System.nanoTime();
            ByteBuffer pdu = ByteBuffer.allocate(16 + body.length);
            pdu.putInt(16 + body.length).putInt(commandId).putInt(status).putInt(sequence).put(body);
            out.write(pdu.array());
            out.flush();
        }

        /** Reads the bind and answers it with {@code status} (0 accepts). */
        public Pdu answerBind(int status) throws IOException {
            Pdu bind = read();
            write(bind.commandId() | RESPONSE, status, bind.sequence(), status == 0 ? "scripted\0".getBytes() : new byte[0]);
            return bind;
        }

        /** @return whether the ESME closed the connection (end of stream before any further PDU) */
        public boolean closedByEsme() throws IOException {
            try {
                read();
                return false;
            } catch (java.io.EOFException | java.net.SocketException e) {
                return true;
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}

package community.porter.smpp;

import com.cloudhopper.smpp.SmppSessionConfiguration;
import com.cloudhopper.smpp.SmppSessionHandler;
import com.cloudhopper.smpp.impl.DefaultSmppClient;
import com.cloudhopper.smpp.impl.DefaultSmppSession;
import com.cloudhopper.smpp.type.SmppChannelException;
import com.cloudhopper.smpp.type.SmppTimeoutException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.netty.channel.Channel;
import org.jboss.netty.channel.socket.SocketChannelConfig;

/**
 * Cloudhopper's client with what Porter needs on top: its own small, bounded thread pool per
 * connection (Netty 3 takes one boss and one worker thread from it; the default client would
 * use an unbounded cached pool) and TCP_NODELAY plus keep-alive on the socket, so a lone
 * deliver_sm_resp or submit_sm is not held back by Nagle's algorithm. No window monitor is
 * given: {@link SmscSession} times out each request itself.
 */
final class PorterSmppClient extends DefaultSmppClient {

    /** One boss, one worker, and room for Netty to replace a thread while the old one ends. */
    private static final int MAX_IO_THREADS = 4;

    PorterSmppClient(String connectionName) {
        super(ioExecutor(connectionName), 1, null);
    }

    private static ThreadPoolExecutor ioExecutor(String connectionName) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(0, MAX_IO_THREADS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                runnable -> SmscSession.daemon("smsc-" + connectionName + "-io-" + count.incrementAndGet()).newThread(runnable));
    }

    @Override
    protected DefaultSmppSession createSession(Channel channel, SmppSessionConfiguration config, SmppSessionHandler handler)
            throws SmppTimeoutException, SmppChannelException, InterruptedException {
        if (channel.getConfig() instanceof SocketChannelConfig socket) {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
        }
        return super.createSession(channel, config, handler);
    }
}

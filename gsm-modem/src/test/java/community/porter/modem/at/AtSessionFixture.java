package community.porter.modem.at;

import community.porter.modem.serial.PipeLink;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * A session on a {@link PipeLink} with a {@link ScriptedModem} behind it and a listener that
 * records what it is told. Deadlines are long enough for a busy machine where a test does not
 * wait for them on purpose, and short where it does.
 */
final class AtSessionFixture implements AutoCloseable {

    /** Settings for tests: nothing here is meant to expire unless a test makes it. */
    static final AtSessionSettings SETTINGS = AtSessionSettings.DEFAULT
            .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3))
            .withGraceAndResync(Duration.ofMillis(150), Duration.ofSeconds(2));

    final PipeLink link = new PipeLink();
    final ScriptedModem modem = new ScriptedModem(link);
    final List<Urc> urcs = new CopyOnWriteArrayList<>();
    final List<Exception> linkLosses = new CopyOnWriteArrayList<>();
    final AtSession session;
    /** Runs after each code is recorded, on the session's dispatch thread. */
    volatile BiConsumer<AtSession, Urc> onUrc = (from, urc) -> { };

    AtSessionFixture() throws AtLinkException {
        this(SETTINGS);
    }

    AtSessionFixture(AtSessionSettings settings) throws AtLinkException {
        session = AtSession.open(link, settings, new AtSessionListener() {
            @Override
            public void unsolicited(AtSession from, Urc urc) {
                urcs.add(urc);
                onUrc.accept(from, urc);
            }

            @Override
            public void linkLost(AtSession from, Exception cause) {
                linkLosses.add(cause);
            }
        });
    }

    /** @return the lines of the codes received so far */
    List<String> urcLines() {
        return urcs.stream().map(Urc::line).toList();
    }

    @Override
    public void close() {
        session.close();
    }
}

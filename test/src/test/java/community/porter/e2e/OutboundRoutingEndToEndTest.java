package community.porter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import community.porter.smpp.JsmppSmsc;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged Porter in demo mode with two SMPP connections to two independent SMSCs (jSMPP's
 * server) and routing rules: the extra demo residents ({@code +861381…}) only through SMSC A,
 * the other {@code +86138…} numbers through A and else B, everyone else through B. One Porter
 * serves all the tests, in order: prefix routing, failover while A is down and back to A once it
 * returns, then A throttling every fifth submit (last, since a throttled A would send the
 * {@code +86138…} replies of the other tests to B).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboundRoutingEndToEndTest {

    private static final String SERVICE = "10690000";
    private static final String OWNER = "+8613800000001";
    private static final String FAMILY = "+8613800000002";
    private static final String TENANT = "+8613800000003";
    private static final String STAFF = "+8613900000001";
    private static final String VISITOR = "+8613712340001";
    private static final int EXTRA_RESIDENTS = 30;
    private static final long FIRST_EXTRA_RESIDENT = 8613810000000L;
    private static final int ESME_RTHROTTLED = 0x58;
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    static Path workDir;

    private static JsmppSmsc smscA;
    private static JsmppSmsc smscB;
    private static PorterProcess porter;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startTwoSmscsAndPorter() throws Exception {
        smscA = JsmppSmsc.start();
        smscB = JsmppSmsc.start();
        porter = PorterProcess.start(workDir, "--demo",
                "--porter.demo.residents=" + EXTRA_RESIDENTS,
                "--porter.smpp.connections[0].name=a",
                "--porter.smpp.connections[0].host=127.0.0.1",
                "--porter.smpp.connections[0].port=" + smscA.port(),
                "--porter.smpp.connections[0].system-id=porter",
                "--porter.smpp.connections[0].password=secret",
                "--porter.smpp.connections[1].name=b",
                "--porter.smpp.connections[1].host=127.0.0.1",
                "--porter.smpp.connections[1].port=" + smscB.port(),
                "--porter.smpp.connections[1].system-id=porter",
                "--porter.smpp.connections[1].password=secret",
                "--porter.routing.rules[0].destination-prefixes=+861381",
                "--porter.routing.rules[0].transports=a",
                "--porter.routing.rules[1].destination-prefixes=+86138",
                "--porter.routing.rules[1].transports=a,b",
                "--porter.routing.rules[2].transports=b",
                "--porter.routes.retry-delay=200ms",
                "--porter.routes.max-retry-delay=2s");
        await("Porter binds to both SMSCs").atMost(DEADLINE).until(() -> smscA.isBound() && smscB.isBound());
    }

    @AfterAll
    static void stop() {
        if (porter != null) {
            porter.close();
        }
        if (smscA != null) {
            smscA.close();
        }
        if (smscB != null) {
            smscB.close();
        }
    }

    @Test
    @Order(1)
    void repliesGoThroughTheSmscTheirDestinationPrefixIsRoutedTo() throws Exception {
        int fromA = smscA.acceptedSubmits().size();
        int fromB = smscB.acceptedSubmits().size();
        for (String resident : List.of(OWNER, FAMILY, TENANT)) {
            assertThat(smscA.deliverGsm(resident, SERVICE, "H").get(10, TimeUnit.SECONDS)).isZero();
        }
        assertThat(smscA.deliverGsm(STAFF, SERVICE, "H").get(10, TimeUnit.SECONDS)).isZero();
        assertThat(smscB.deliverGsm(VISITOR, SERVICE, "hello").get(10, TimeUnit.SECONDS)).isZero();

        await("every reply accepted").atMost(DEADLINE).until(() -> wholeMessages(smscA, OWNER) == 1
                && wholeMessages(smscA, FAMILY) == 1 && wholeMessages(smscA, TENANT) == 1
                && wholeMessages(smscB, STAFF) == 1 && wholeMessages(smscB, VISITOR) == 1);

        assertThat(destinations(smscA, fromA)).as("SMSC A: the +86138 residents only")
                .containsOnly(digits(OWNER), digits(FAMILY), digits(TENANT));
        assertThat(destinations(smscB, fromB)).as("SMSC B: everyone else")
                .containsOnly(digits(STAFF), digits(VISITOR));
    }

    @Test
    @Order(2)
    void whileSmscAIsDownItsPrefixGoesThroughBAndOnceItIsBackThroughAAgain() throws Exception {
        smscA.refuseBinds(true);
        smscA.dropConnections();
        await("Porter sees A down").atMost(DEADLINE).until(() -> !"BOUND".equals(connectionState("a")));
        int fromB = smscB.acceptedSubmits().size();

        assertThat(smscB.deliverGsm(OWNER, SERVICE, "H").get(10, TimeUnit.SECONDS)).isZero();

        await("the reply goes through B").atMost(DEADLINE).until(() -> destinations(smscB, fromB).contains(digits(OWNER)));
        assertThat(wholeMessages(smscB, OWNER)).isEqualTo(1);

        smscA.refuseBinds(false);
        await("Porter binds to A again").atMost(DEADLINE)
                .until(() -> smscA.isBound() && "BOUND".equals(connectionState("a")));
        int fromA = smscA.acceptedSubmits().size();
        int fromBAfterReturn = smscB.acceptedSubmits().size();

        assertThat(smscA.deliverGsm(OWNER, SERVICE, "H").get(10, TimeUnit.SECONDS)).isZero();

        await("the next reply goes through A").atMost(DEADLINE)
                .until(() -> destinations(smscA, fromA).contains(digits(OWNER)) && wholeMessages(smscA, OWNER) == 2);
        assertThat(destinations(smscB, fromBAfterReturn)).as("nothing more for the owner through B")
                .doesNotContain(digits(OWNER));
    }

    @Test
    @Order(3)
    void aThrottlingSmscStillGetsEveryPartOfEveryMessageExactlyOnce() throws Exception {
        AtomicInteger submitted = new AtomicInteger();
        List<SubmitSm> throttled = new CopyOnWriteArrayList<>();
        AtomicBoolean secondPartRefused = new AtomicBoolean();
        smscA.answerSubmits(submit -> {
            // Every 5th submit; and, so that a resume part-way happens whatever the interleaving of
            // the senders, the first second part that comes.
            boolean fifth = submitted.incrementAndGet() % 5 == 0;
            boolean firstSecondPart = Submitted.part(submit)[1] == 2 && secondPartRefused.compareAndSet(false, true);
            if (fifth || firstSecondPart) {
                throttled.add(submit);
                return ESME_RTHROTTLED;
            }
            return 0;
        });
        List<String> residents = IntStream.range(0, EXTRA_RESIDENTS)
                .mapToObj(i -> "+" + (FIRST_EXTRA_RESIDENT + i)).toList();

        for (String resident : residents) {
            assertThat(smscA.deliverUcs2(resident, SERVICE, "帮助").get(10, TimeUnit.SECONDS)).isZero();
        }

        await("a whole reply to every resident").atMost(DEADLINE)
                .until(() -> residents.stream().allMatch(r -> wholeMessages(smscA, r) >= 1));
        int settled = smscA.submits().size();
        await("no more submits").atMost(DEADLINE).pollDelay(Duration.ZERO).during(Duration.ofSeconds(2))
                .until(() -> smscA.submits().size() == settled);

        for (String resident : residents) {
            Map<Integer, List<Integer>> partsByReference = parts(smscA, resident);
            assertThat(partsByReference).as("messages to " + resident).hasSize(1);
            List<Integer> sequence = partsByReference.values().iterator().next();
            assertThat(sequence).as("parts accepted for " + resident + ", each exactly once")
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, sequence.size()).boxed().toList());
            assertThat(sequence).as("the Chinese help is a long message").hasSizeGreaterThan(1);
        }
        assertThat(smscB.acceptedSubmits()).extracting(Submitted::destination)
                .as("the extra residents are routed to A only").noneMatch(d -> d.startsWith("861381"));
        assertThat(throttled).extracting(part -> Submitted.part(part)[1])
                .as("some parts after the first were throttled, so messages were resumed part-way")
                .anyMatch(seq -> seq > 1);
    }

    /** The state Porter reports for one SMSC connection, or an empty string while it does not say. */
    private String connectionState(String connection) throws Exception {
        String health = porter.health();
        if (health.isEmpty()) {
            return "";
        }
        return json.readTree(health).path("components").path("smsc").path("details").path(connection).path("state").asText();
    }

    /** Destinations of the submits {@code smsc} accepted after the first {@code skip}. */
    private static List<String> destinations(JsmppSmsc smsc, int skip) {
        List<SubmitSm> accepted = smsc.acceptedSubmits();
        return accepted.subList(Math.min(skip, accepted.size()), accepted.size()).stream()
                .map(Submitted::destination).distinct().toList();
    }

    /** One accepted part: the message it belongs to (its reference; a negative key for a single-part message). */
    private record Part(int message, int number, int total) {
    }

    private static List<Part> partsTo(JsmppSmsc smsc, String phone) {
        List<Part> parts = new ArrayList<>();
        int single = -1;
        for (SubmitSm submit : smsc.acceptedSubmits()) {
            if (!Submitted.destination(submit).equals(digits(phone))) {
                continue;
            }
            byte[] data = submit.getShortMessage();
            if ((submit.getEsmClass() & 0x40) != 0 && data.length >= 6) {
                int[] part = Submitted.part(submit);
                parts.add(new Part(part[0], part[1], data[4] & 0xFF));
            } else {
                parts.add(new Part(single--, 1, 1));
            }
        }
        return parts;
    }

    /** Part numbers {@code smsc} accepted for {@code phone}, in order, by message. */
    private static Map<Integer, List<Integer>> parts(JsmppSmsc smsc, String phone) {
        return partsTo(smsc, phone).stream().collect(Collectors.groupingBy(Part::message, TreeMap::new,
                Collectors.mapping(Part::number, Collectors.toList())));
    }

    /** How many whole messages (every part present) {@code smsc} accepted for {@code phone}. */
    private static long wholeMessages(JsmppSmsc smsc, String phone) {
        return partsTo(smsc, phone).stream().collect(Collectors.groupingBy(Part::message)).values().stream()
                .filter(message -> message.stream().map(Part::number).distinct().count() == message.get(0).total())
                .count();
    }

    private static String digits(String phone) {
        return SmppPorter.digits(phone);
    }
}

package community.porter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import community.porter.smpp.JsmppSmsc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One Porter bound to an SMSC that keeps dropping the TCP connection while 20 residents send 300
 * {@code H} commands: every command is handled once and answered, no reply is lost, and a reply
 * sent twice is only ever one whose submit_sm_resp may have been lost in a drop (Porter sends at
 * least once, SPEC §5). Most drops come right after the SMSC wrote a submit_sm_resp; one comes in
 * the middle of the window. Like a real SMSC, the test delivers a message again when its
 * deliver_sm_resp was lost in a drop; Porter recognises the copy by the SMSC's message id.
 */
class FlakySmscEndToEndTest {

    private static final String SERVICE = "10690000";
    private static final int PHONES = 20;
    private static final int COMMANDS_PER_PHONE = 15;
    private static final int MO_ID_TLV = 0x1401;
    /** Porter's window on the connection (the default): at most this many submits await a response. */
    private static final int WINDOW = 10;
    /** Accepted submits between two drops. */
    private static final int DROP_EVERY = 100;
    /** Which drop is made in the middle of the window instead of right after a response. */
    private static final int MID_WINDOW_DROP = 3;
    private static final Duration DEADLINE = Duration.ofSeconds(120);

    @TempDir
    Path workDir;

    private final ObjectMapper json = new ObjectMapper();

    private static String phone(int i) {
        return "+86138100000" + String.format("%02d", i);
    }

    @Test
    void everyCommandIsHandledOnceAndAnsweredThroughAnSmscThatKeepsDroppingTheConnection() throws Exception {
        try (SmppPorter fixture = SmppPorter.start(workDir,
                "--porter.demo.residents=" + PHONES,
                "--porter.limits.per-minute=100000", "--porter.limits.per-day=100000",
                "--porter.smpp.connections[0].mo-id-tlv=0x1401",
                "--porter.routes.retry-delay=200ms", "--porter.routes.max-retry-delay=2s")) {
            JsmppSmsc smsc = fixture.smsc();
            // From the next bind on: PDUs one at a time, so each accepted submit pairs with its id and response.
            smsc.processPdusOneAtATime();
            smsc.recordSubmitResponses();
            int bindsBefore = smsc.binds();
            smsc.dropConnections();
            await("Porter binds again").atMost(DEADLINE).until(() -> smsc.binds() > bindsBefore && smsc.isBound());
            int dropsBefore = 1;

            Drops drops = new Drops(smsc, fixture.accepted()::size);
            List<Mo> mos = new ArrayList<>();
            for (int round = 0; round < COMMANDS_PER_PHONE; round++) {
                for (int p = 0; p < PHONES; p++) {
                    mos.add(new Mo(phone(p), "mo-" + round + "-" + p));
                }
            }
            ExecutorService senders = Executors.newFixedThreadPool(4);
            try {
                drops.start();
                List<Future<Integer>> sent = new ArrayList<>();
                for (Mo mo : mos) {
                    sent.add(senders.submit(() -> deliverUntilAcknowledged(smsc, mo)));
                }
                int deliveries = 0;
                for (Future<Integer> attempts : sent) {
                    deliveries += attempts.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
                }
                System.out.printf("%d MOs acknowledged after %d deliver_sm%n", mos.size(), deliveries);

                // Every acknowledged MO was handled once: one OK per MO, copies recognised as DUPLICATE.
                for (int p = 0; p < PHONES; p++) {
                    String phone = phone(p);
                    await("commands of " + phone).atMost(DEADLINE).until(() -> outcomes(fixture, phone, "OK") == COMMANDS_PER_PHONE);
                    for (JsonNode row : fixture.commandsOf(phone)) {
                        String outcome = row.get("outcome").asText();
                        assertThat(outcome).as("outcome of %s", row).isIn("OK", "DUPLICATE");
                        assertThat(row.get("replyCount").asInt()).as("replies recorded for %s", row)
                                .isEqualTo(outcome.equals("OK") ? 1 : 0);
                    }
                }

                // Every reply reached the SMSC, whole.
                await("every reply accepted by the SMSC").atMost(DEADLINE).until(() -> everyPhoneHasAllReplies(fixture));
            } finally {
                drops.stop();
                senders.shutdownNow();
            }
            assertThat(drops.done()).as("drops made while the load ran").isGreaterThanOrEqualTo(3);
            int totalDrops = dropsBefore + drops.done();

            assertDuplicatesOnlyWhereAResponseMayHaveBeenLost(fixture, smsc);

            await("connection UP in /actuator/health").atMost(DEADLINE)
                    .until(() -> "UP".equals(json.readTree(fixture.porter().health())
                            .at("/components/smsc/details/operator/status").asText()));
            JsonNode reconnects = json.readTree(fixture.porter()
                    .get("/actuator/metrics/porter.smsc.reconnects?tag=connection:operator").body());
            assertThat(reconnects.at("/measurements/0/value").asDouble()).as("porter.smsc.reconnects")
                    .isGreaterThanOrEqualTo(totalDrops);
            JsonNode submits = json.readTree(fixture.porter()
                    .get("/actuator/metrics/porter.smsc.submits?tag=connection:operator").body());
            assertThat(submits.at("/measurements/0/value").asDouble()).as("porter.smsc.submits")
                    .isGreaterThanOrEqualTo(PHONES * COMMANDS_PER_PHONE);
        }
    }

    /** One MO: from a phone, with the SMSC's own id of it, so a re-delivery is recognised. */
    private record Mo(String phone, String smscId) {
    }

    /**
     * Delivers {@code mo} until Porter acknowledges it with ESME_ROK, as an SMSC does: when the
     * connection drops before the deliver_sm_resp, the message is delivered again on the next bind.
     *
     * @return how many deliver_sm it took
     */
    private static int deliverUntilAcknowledged(JsmppSmsc smsc, Mo mo) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        int attempts = 0;
        while (System.nanoTime() < deadline) {
            await().atMost(DEADLINE).until(smsc::isBound);
            int bind = smsc.binds();
            CompletableFuture<Integer> answer;
            try {
                answer = smsc.deliver(mo.phone(), SERVICE, DataCodings.ZERO, new ESMClass(),
                        "H".getBytes(StandardCharsets.US_ASCII), new OptionalParameter.OctetString((short) MO_ID_TLV, mo.smscId()));
            } catch (IllegalStateException dropped) {
                continue;
            }
            attempts++;
            if (answered(smsc, answer, bind)) {
                return attempts;
            }
        }
        throw new AssertionError(mo + " was never acknowledged");
    }

    /** @return true when acknowledged; false when the bind it went on was lost or it was refused */
    private static boolean answered(JsmppSmsc smsc, CompletableFuture<Integer> answer, int bind) throws InterruptedException {
        while (true) {
            try {
                return answer.get(100, TimeUnit.MILLISECONDS) == 0;
            } catch (ExecutionException failed) {
                return false;
            } catch (TimeoutException waiting) {
                // jSMPP would wait out its transaction timer for a response that died with the bind.
                if (smsc.binds() != bind || !smsc.isBound()) {
                    return false;
                }
            }
        }
    }

    private int outcomes(SmppPorter fixture, String phone, String outcome) throws Exception {
        return (int) fixture.commandsOf(phone).stream().filter(row -> row.get("outcome").asText().equals(outcome)).count();
    }

    /** Reply parts accepted per phone, keyed by concatenation reference and part number. */
    private static Map<String, Map<String, Integer>> partsByPhone(List<SubmitSm> accepted) {
        Map<String, Map<String, Integer>> byPhone = new HashMap<>();
        for (SubmitSm part : accepted) {
            int[] ref = Submitted.part(part);
            byPhone.computeIfAbsent(Submitted.destination(part), k -> new HashMap<>())
                    .merge(ref[0] + "/" + ref[1] + "/" + totalParts(part), 1, Integer::sum);
        }
        return byPhone;
    }

    private static int totalParts(SubmitSm part) {
        byte[] data = part.getShortMessage();
        return (part.getEsmClass() & 0x40) != 0 && data.length >= 6 ? data[4] & 0xFF : 1;
    }

    /** Each phone has at least one whole reply per command: every part of it, at least once. */
    private static boolean everyPhoneHasAllReplies(SmppPorter fixture) {
        List<SubmitSm> accepted = List.copyOf(fixture.accepted());
        for (int p = 0; p < PHONES; p++) {
            String digits = SmppPorter.digits(phone(p));
            long wholeReplies = 0;
            long parts = 0;
            int perReply = 0;
            for (SubmitSm part : accepted) {
                if (Submitted.destination(part).equals(digits)) {
                    parts++;
                    perReply = totalParts(part);
                    if (Submitted.part(part)[1] == 1) {
                        wholeReplies++;
                    }
                }
            }
            if (wholeReplies < COMMANDS_PER_PHONE || parts < (long) COMMANDS_PER_PHONE * perReply) {
                return false;
            }
        }
        return true;
    }

    /**
     * A reply part accepted more than once is the at-least-once case: Porter never saw the
     * response to a submit of that message, because the connection dropped, and sent the message
     * again. A lost response is one the SMSC could not write at all, or one of the last
     * {@link #WINDOW} it wrote on a bind that was then dropped: only that many can have been
     * outstanding, and a drop can take responses still in the socket's buffers with it (written
     * is not received). An earlier part of the same message, sent again with it, was accepted at
     * most {@link #WINDOW} submits before that. So every extra copy must be of a submit among the
     * last 2 x {@link #WINDOW} on a dropped bind, or one whose response was never written.
     */
    private static void assertDuplicatesOnlyWhereAResponseMayHaveBeenLost(SmppPorter fixture, JsmppSmsc smsc) {
        List<SubmitSm> accepted = List.copyOf(fixture.accepted());
        List<String> ids = smsc.messageIds();
        assertThat(ids).as("one id per accepted submit, in order").hasSameSizeAs(accepted);
        List<JsmppSmsc.SubmitResponse> responses = smsc.submitResponses();
        String lastBind = responses.get(responses.size() - 1).bindId();

        Map<String, List<JsmppSmsc.SubmitResponse>> byBind = new HashMap<>();
        responses.forEach(r -> byBind.computeIfAbsent(r.bindId(), k -> new ArrayList<>()).add(r));
        Set<String> atRisk = new HashSet<>();
        byBind.forEach((bind, onBind) -> {
            for (int i = 0; i < onBind.size(); i++) {
                JsmppSmsc.SubmitResponse r = onBind.get(i);
                boolean lastOnADroppedBind = !bind.equals(lastBind) && i >= onBind.size() - 2 * WINDOW;
                if (!r.written() || lastOnADroppedBind) {
                    atRisk.add(r.messageId());
                }
            }
        });
        Map<String, Integer> atRiskPerPhone = new HashMap<>();
        for (int i = 0; i < accepted.size(); i++) {
            if (atRisk.contains(ids.get(i))) {
                atRiskPerPhone.merge(Submitted.destination(accepted.get(i)), 1, Integer::sum);
            }
        }

        Map<String, Set<String>> partsOfEachReply = new HashMap<>();
        for (SubmitSm part : accepted) {
            int[] ref = Submitted.part(part);
            partsOfEachReply.computeIfAbsent(Submitted.destination(part) + " ref " + ref[0] + " of " + totalParts(part),
                    k -> new HashSet<>()).add(String.valueOf(ref[1]));
        }
        partsOfEachReply.forEach((reply, parts) -> assertThat(parts).as("parts of reply to %s", reply)
                .hasSize(Integer.parseInt(reply.substring(reply.lastIndexOf(' ') + 1))));

        int duplicates = 0;
        for (Map.Entry<String, Map<String, Integer>> phone : partsByPhone(accepted).entrySet()) {
            int parts = phone.getValue().values().stream().mapToInt(Integer::intValue).sum();
            int perReply = Integer.parseInt(phone.getValue().keySet().iterator().next().split("/")[2]);
            int extra = parts - COMMANDS_PER_PHONE * perReply;
            assertThat(extra).as("reply parts lost for %s", phone.getKey()).isGreaterThanOrEqualTo(0);
            assertThat(extra).as("extra copies to %s beyond submits whose response may have been lost", phone.getKey())
                    .isLessThanOrEqualTo(atRiskPerPhone.getOrDefault(phone.getKey(), 0));
            duplicates += extra;
        }
        long unwritten = responses.stream().filter(r -> !r.written()).count();
        System.out.printf("%d submits accepted on %d binds; %d responses not written, %d at risk; %d duplicate parts%n",
                accepted.size(), byBind.size(), unwritten, atRisk.size(), duplicates);
    }

    /**
     * Drops the connection each time {@link #DROP_EVERY} more submits were accepted: right after a
     * submit_sm_resp, except the {@link #MID_WINDOW_DROP}-th, which drops whatever is in flight.
     */
    private static final class Drops {
        private final JsmppSmsc smsc;
        private final java.util.function.IntSupplier acceptedCount;
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        private final AtomicInteger asked = new AtomicInteger();
        private final AtomicInteger midWindow = new AtomicInteger();

        Drops(JsmppSmsc smsc, java.util.function.IntSupplier acceptedCount) {
            this.smsc = smsc;
            this.acceptedCount = acceptedCount;
        }

        void start() {
            timer.scheduleWithFixedDelay(this::check, 20, 20, TimeUnit.MILLISECONDS);
        }

        private void check() {
            int due = acceptedCount.getAsInt() / DROP_EVERY;
            if (due > asked.get() && smsc.isBound()) {
                int next = asked.incrementAndGet();
                if (next == MID_WINDOW_DROP) {
                    smsc.dropConnections();
                    midWindow.incrementAndGet();
                } else {
                    smsc.dropAfterNextSubmitResponse();
                }
            }
        }

        void stop() {
            timer.shutdownNow();
        }

        int done() {
            return smsc.dropsAfterResponseDone() + midWindow.get();
        }
    }
}

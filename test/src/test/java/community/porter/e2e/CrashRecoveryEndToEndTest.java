package community.porter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import community.porter.smpp.JsmppSmsc;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §5 under fire: the packaged Porter, bound to an SMSC and served by a door controller that
 * both live in the test process, is killed with SIGKILL at random moments while residents keep
 * texting, restarted on the same data each time, and finally left to drain and stopped. Then its
 * database, the SMSC's ledger and the controller's count must agree that every acknowledged
 * message was handled exactly once (re-delivered copies recorded as {@code DUPLICATE}), opened
 * its door at most once, and got its reply — and that the only copies the SMSC saw of a reply are
 * those a crash caught between the SMSC accepting a part and Porter recording it.
 *
 * <p>The moments are drawn from a seeded {@link Random}; the seed is printed, and
 * {@code -Dporter.crash.seed=<seed>} runs the same schedule again.
 */
class CrashRecoveryEndToEndTest {

    private static final String SERVICE = "10690000";
    private static final int RESIDENTS = 40;
    /** Residents 0–49 all live in unit 4-1: every KM of the load is for this controller's door. */
    private static final String CONTROLLER = "ctl-4-1";
    private static final long FIRST_PHONE = 8613810000000L;
    private static final int KILLS = 10;
    /** submit_sm that may await their response at once: what a kill can leave unjournaled. */
    private static final int SMPP_WINDOW = 10;
    private static final Pattern REQUEUED = Pattern.compile("(\\d+) outbound messages were being sent when Porter stopped");
    private static final long OFFER_PERIOD_MILLIS = 200;
    private static final Duration BIND_DEADLINE = Duration.ofSeconds(60);
    private static final Duration DRAIN_DEADLINE = Duration.ofSeconds(180);
    /** Kept when the test fails: Porter's log and database tell what happened. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path workDir;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void killedAgainAndAgainUnderLoadPorterLosesNothingAndDoesNothingTwice() throws Exception {
        long seed = Long.getLong("porter.crash.seed", System.nanoTime());
        System.out.println("CrashRecoveryEndToEndTest seed " + seed + " (-Dporter.crash.seed=" + seed + " repeats it)");
        Random random = new Random(seed);
        long began = System.nanoTime();
        List<String> phones = IntStream.range(0, RESIDENTS).mapToObj(i -> "+" + (FIRST_PHONE + i)).toList();

        MoLoad load;
        SmscLedger ledger;
        OnceOnlyDoorController door = new OnceOnlyDoorController(CONTROLLER);
        List<String> kills = new ArrayList<>();
        List<Integer> partsAtKills = new ArrayList<>();
        List<Integer> sendingAtKills = new ArrayList<>();
        try (JsmppSmsc smsc = JsmppSmsc.start()) {
            ledger = SmscLedger.of(smsc);
            PorterProcess porter = PorterProcess.start(workDir, arguments(smsc));
            try {
                awaitBound(smsc, porter);
                door.connect(porter.brokerPort());
                load = new MoLoad(smsc, SERVICE, phones, new Random(random.nextLong()));
                load.startOffering(OFFER_PERIOD_MILLIS);
                for (int kill = 1; kill <= KILLS; kill++) {
                    kills.add(awaitRandomMoment(random, load, ledger));
                    porter.kill();
                    // Nothing more can come from the killed process: where its part of the ledger ends.
                    partsAtKills.add(ledger.parts().size());
                    assertThat(porter.exitValue()).as("exit status of the killed JVM: SIGKILL").isEqualTo(137);
                    door.disconnect();
                    int logBefore = porter.output().length();
                    porter.startAndAwaitHealth();
                    sendingAtKills.add(requeuedAtStart(porter.output().substring(logBefore)));
                    awaitBound(smsc, porter);
                    door.connect(porter.brokerPort());
                }
                load.stopOffering();
                // Drained: every message acknowledged, every command's reply stored (a KM's only once the
                // controller answered or its deadline passed) and as many whole replies at the SMSC, for
                // long enough that nothing is on its way any more.
                await("every message acknowledged and answered").atMost(DRAIN_DEADLINE)
                        .pollInterval(Duration.ofSeconds(1)).during(Duration.ofSeconds(3))
                        .conditionEvaluationListener(condition -> {
                            if (condition.getRemainingTimeInMS() <= condition.getPollInterval().toMillis()) {
                                System.out.println("CrashRecoveryEndToEndTest: not drained: " + load + ", unanswered "
                                        + unanswered(load, ledger) + "; work dir " + workDir);
                            }
                        })
                        .until(() -> load.allAcknowledged() && unanswered(load, ledger).isEmpty()
                                && everyCommandAnswered(porter, phones, load));
                assertThat(load.failures()).as("the load's own failures").isEmpty();
            } finally {
                porter.close();
                door.close();
            }
            load.close();
        }

        Figures figures = check(load, ledger, door, partsAtKills, sendingAtKills);
        System.out.printf("CrashRecoveryEndToEndTest seed %d: %d kills (%s); MOs offered %d, acknowledged %d, "
                + "delivered %d times, re-delivered %d; DUPLICATE rows %d; replies %d in %d parts, duplicates %d (%d parts, per kill %s, messages being sent at kills %s); "
                + "KM %d, doors opened %d, OPEN repeats %d, late OPENs %d; %d s%n",
                seed, kills.size(), String.join(", ", kills), load.offered().size(), load.acknowledged().size(),
                load.deliveries(), load.redelivered(), figures.duplicateRows, figures.replies, ledger.parts().size(),
                figures.duplicateReplies, figures.duplicateParts, figures.duplicatesPerKill, sendingAtKills, figures.doorRequests, door.openedKeys().size(), figures.openRepeats,
                door.lateOpens(), Duration.ofNanos(System.nanoTime() - began).toSeconds());
        assertThat(figures.duplicatesPerKill).as("copied replies per kill").hasSize(KILLS);
    }

    private String[] arguments(JsmppSmsc smsc) {
        return new String[] {"--demo",
            "--porter.demo.residents=" + RESIDENTS,
            // The test is the controller of the residents' door; the others stay offline.
            "--porter.demo.door-controllers=false",
            "--porter.smpp.connections[0].name=operator",
            "--porter.smpp.connections[0].host=127.0.0.1",
            "--porter.smpp.connections[0].port=" + smsc.port(),
            "--porter.smpp.connections[0].system-id=porter",
            "--porter.smpp.connections[0].password=secret",
            "--porter.smpp.connections[0].window=" + SMPP_WINDOW,
            "--porter.smpp.connections[0].mo-id-tlv=0x" + Integer.toHexString(MoLoad.MO_ID_TLV),
            "--porter.limits.per-minute=10000",
            "--porter.limits.per-day=100000",
            "--porter.limits.door-per-minute=1000",
            // Long enough for an OPEN to outlive a restart, so crashes land mid-opening too.
            "--porter.doors.ack-timeout=10s"};
    }

    private static void awaitBound(JsmppSmsc smsc, PorterProcess porter) {
        await("Porter binds to the SMSC (log: " + porter.log() + ")").atMost(BIND_DEADLINE).until(smsc::isBound);
    }

    /**
     * Waits for a random moment in the flow: after a random number of further acknowledged
     * messages (just after a deliver_sm_resp), or of further accepted reply parts (just after
     * a submit_sm_resp, before Porter may have recorded it).
     */
    private static String awaitRandomMoment(Random random, MoLoad load, SmscLedger ledger) {
        boolean afterSubmits = random.nextBoolean();
        int more = 1 + random.nextInt(30);
        IntSupplier counter = afterSubmits ? () -> ledger.parts().size() : () -> load.acknowledged().size();
        int target = counter.getAsInt() + more;
        await("the moment to kill").atMost(Duration.ofSeconds(60)).until(() -> counter.getAsInt() >= target);
        return more + (afterSubmits ? " submits" : " MOs");
    }

    /**
     * Porter's command log (REST API) has, for every phone, one handled row per acknowledged
     * message, each with its reply stored.
     */
    private boolean everyCommandAnswered(PorterProcess porter, List<String> phones, MoLoad load) throws Exception {
        Map<String, Integer> acknowledged = load.acknowledgedByPhone();
        for (String phone : phones) {
            JsonNode rows = json.readTree(porter.get("/api/v1/commands?limit=500&phone=" + phone.replace("+", "%2B")).body());
            int handled = 0;
            for (JsonNode row : rows) {
                if (row.path("outcome").asText().equals("DUPLICATE")) {
                    continue;
                }
                if (row.path("replyCount").asInt() < 1) {
                    return false;
                }
                handled++;
            }
            if (handled != acknowledged.getOrDefault(phone, 0)) {
                return false;
            }
        }
        return true;
    }

    /** The phones that got fewer whole replies than they had messages acknowledged, with both counts. */
    private static Map<String, String> unanswered(MoLoad load, SmscLedger ledger) {
        Map<String, Integer> replies = ledger.wholeMessagesByDestination();
        Map<String, String> missing = new java.util.TreeMap<>();
        load.acknowledgedByPhone().forEach((phone, acked) -> {
            int got = replies.getOrDefault(SmppPorter.digits(phone), 0);
            if (got < acked) {
                missing.put(phone, got + "/" + acked);
            }
        });
        return missing;
    }

    /**
     * Every part the SMSC accepted but Porter never recorded must be explained by a kill: it was
     * accepted from a process that was then killed (so never in the last, gracefully stopped
     * one), and the part was accepted again — and recorded — after that restart. Per kill there
     * are no more such replies than messages the killed Porter was sending (its successor logs how
     * many it found claimed for sending and queued again). Since each accepted part is journaled
     * before the next goes, a copy is only a part still awaiting its submit_sm_resp at the kill:
     * never one whose next part reached the SMSC, and no more per kill than the window holds.
     *
     * @return the number of copied replies per kill
     */
    private static List<Long> checkCopiesAreCrashWindows(List<SmscLedger.Part> parts, Set<String> recorded,
            List<Integer> partsAtKills, List<Integer> sendingAtKills) {
        List<Long> perKill = new ArrayList<>();
        int from = 0;
        for (int kill = 0; kill <= partsAtKills.size(); kill++) {
            int to = kill < partsAtKills.size() ? partsAtKills.get(kill) : parts.size();
            List<SmscLedger.Part> lifetime = parts.subList(from, to);
            List<SmscLedger.Part> unrecorded = lifetime.stream().filter(p -> !recorded.contains(p.messageId())).toList();
            if (kill == partsAtKills.size()) {
                assertThat(unrecorded).as("parts unrecorded although Porter stopped normally").isEmpty();
                break;
            }
            List<SmscLedger.Part> later = parts.subList(to, parts.size());
            for (SmscLedger.Part copy : unrecorded) {
                assertThat(later).as("the part sent again, and recorded, after the restart: " + copy)
                        .filteredOn(p -> recorded.contains(p.messageId()) && p.to().equals(copy.to())
                                && p.text().equals(copy.text()) && p.sequence() == copy.sequence())
                        .isNotEmpty();
            }
            for (int i = 0; i < lifetime.size(); i++) {
                SmscLedger.Part copy = lifetime.get(i);
                if (recorded.contains(copy.messageId()) || copy.total() == 1) {
                    continue;
                }
                // The next part goes only once this one's acceptance is journaled: a part whose
                // successor reached the SMSC from the same process is never sent again.
                assertThat(lifetime.subList(i + 1, lifetime.size()))
                        .as("the next part reached the SMSC from the killed process, so this one was journaled: " + copy)
                        .noneMatch(p -> p.to().equals(copy.to()) && p.reference() == copy.reference()
                                && p.total() == copy.total() && p.sequence() == copy.sequence() + 1);
            }
            assertThat(unrecorded).as("parts copied at kill " + (kill + 1) + ": at most those awaiting their "
                    + "submit_sm_resp, which the window bounds").hasSizeLessThanOrEqualTo(SMPP_WINDOW);
            long copied = SmscLedger.messagesOf(unrecorded);
            assertThat(copied).as("replies copied at kill " + (kill + 1) + ", at most the messages it interrupted")
                    .isLessThanOrEqualTo(sendingAtKills.get(kill));
            perKill.add(copied);
            from = to;
        }
        return perKill;
    }

    /** How many messages a starting Porter found claimed for sending by the one before, from its log. */
    private static int requeuedAtStart(String startLog) {
        Matcher matcher = REQUEUED.matcher(startLog);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /** What the test counts besides asserting. */
    private static final class Figures {
        long duplicateRows;
        long replies;
        long duplicateParts;
        long duplicateReplies;
        List<Long> duplicatesPerKill = List.of();
        long doorRequests;
        long openRepeats;
    }

    private Figures check(MoLoad load, SmscLedger ledger, OnceOnlyDoorController door, List<Integer> partsAtKills,
            List<Integer> sendingAtKills) throws Exception {
        Figures figures = new Figures();
        try (PorterDatabase db = PorterDatabase.openStopped(workDir)) {
            List<Map<String, Object>> inbox = db.rows("SELECT i.id, i.transport_id, i.state, i.duplicate_of, "
                    + "c.outcome, c.command, c.reply_count FROM inbox_message i "
                    + "LEFT JOIN command_log c ON c.inbox_id = i.id WHERE i.connector = 'operator'");
            Map<String, List<Map<String, Object>>> byMo = inbox.stream()
                    .collect(Collectors.groupingBy(row -> String.valueOf(row.get("transport_id"))));
            assertThat(inbox).as("inbound messages without their command-log row")
                    .filteredOn(row -> row.get("outcome") == null).isEmpty();
            assertThat(byMo.keySet()).as("messages Porter stored are the ones the SMSC offered")
                    .isSubsetOf(load.offered().stream().map(MoLoad.Mo::smscId).collect(Collectors.toSet()));

            Map<Long, String> originals = new HashMap<>();
            for (String mo : load.acknowledged()) {
                List<Map<String, Object>> rows = byMo.getOrDefault(mo, List.of());
                List<Map<String, Object>> handled = rows.stream()
                        .filter(row -> !"DUPLICATE".equals(row.get("outcome"))).toList();
                assertThat(handled).as("command-log rows of " + mo + " that are not DUPLICATE: " + rows).hasSize(1);
                originals.put(((Number) handled.get(0).get("id")).longValue(), mo);
                figures.duplicateRows += rows.size() - 1;
            }

            checkDoorEffects(db, load, door, originals, figures);
            checkReplies(db, ledger, originals, figures, partsAtKills, sendingAtKills);
        }
        return figures;
    }

    /** One door command per KM at most, and the controller opened at most once per message. */
    private void checkDoorEffects(PorterDatabase db, MoLoad load, OnceOnlyDoorController door,
            Map<Long, String> originals, Figures figures) throws Exception {
        Map<String, String> textOf = load.offered().stream()
                .collect(Collectors.toMap(MoLoad.Mo::smscId, MoLoad.Mo::text));
        List<Map<String, Object>> opens = db.rows(
                "SELECT id, inbox_id, idempotency_key, state FROM door_command WHERE type = 'OPEN'");
        Map<Long, Long> opensPerInbox = opens.stream()
                .collect(Collectors.groupingBy(row -> ((Number) row.get("inbox_id")).longValue(), Collectors.counting()));
        assertThat(opensPerInbox).as("door commands per stored KM").allSatisfy((inboxId, count) -> {
            assertThat(count).as("OPEN commands for inbox message " + inboxId).isEqualTo(1);
            assertThat(originals).as("an OPEN belongs to a handled message, never to a copy").containsKey(inboxId);
            assertThat(textOf.get(originals.get(inboxId))).isEqualTo("KM");
        });
        figures.doorRequests = originals.values().stream().filter(mo -> "KM".equals(textOf.get(mo))).count();

        Set<String> opened = door.openedKeys();
        Set<String> openedMos = new HashSet<>();
        for (String key : opened) {
            String mo = originals.get(Long.parseLong(key));
            assertThat(mo).as("the door opened for key " + key + ", which is no handled message").isNotNull();
            assertThat(openedMos.add(mo)).as("the door opened twice for " + mo).isTrue();
        }
        figures.openRepeats = door.openCommandsByKey().values().stream().mapToInt(n -> n - 1).sum();
    }

    /** Every handled message has its one reply, sent, every part of it accepted by the SMSC. */
    private void checkReplies(PorterDatabase db, SmscLedger ledger, Map<Long, String> originals, Figures figures,
            List<Integer> partsAtKills, List<Integer> sendingAtKills) throws Exception {
        List<Map<String, Object>> replies = db.rows("SELECT id, inbox_id, state, parts FROM outbox_message "
                + "WHERE inbox_id IS NOT NULL");
        Map<Long, List<Map<String, Object>>> repliesByInbox = replies.stream()
                .collect(Collectors.groupingBy(row -> ((Number) row.get("inbox_id")).longValue()));
        assertThat(repliesByInbox.keySet()).as("replies only to handled messages, never to a copy")
                .isSubsetOf(originals.keySet());
        for (Map.Entry<Long, String> original : originals.entrySet()) {
            List<Map<String, Object>> mine = repliesByInbox.getOrDefault(original.getKey(), List.of());
            assertThat(mine).as("replies stored for " + original.getValue()).hasSize(1);
            assertThat(mine.get(0).get("state")).as("state of the reply to " + original.getValue())
                    .isIn("SENT", "DELIVERED");
        }
        figures.replies = replies.size();

        List<Map<String, Object>> parts = db.rows("SELECT p.message_id, p.part_no, p.transport_id, m.parts "
                + "FROM outbox_part p JOIN outbox_message m ON m.id = p.message_id");
        Set<String> accepted = ledger.messageIds();
        Set<String> recorded = new HashSet<>();
        for (Map<String, Object> part : parts) {
            String id = String.valueOf(part.get("transport_id"));
            assertThat(accepted).as("a part Porter recorded as accepted that the SMSC never accepted").contains(id);
            recorded.add(id);
        }
        Map<Long, Long> partsPerMessage = parts.stream()
                .collect(Collectors.groupingBy(row -> ((Number) row.get("message_id")).longValue(), Collectors.counting()));
        for (Map<String, Object> reply : replies) {
            long id = ((Number) reply.get("id")).longValue();
            assertThat(partsPerMessage.getOrDefault(id, 0L)).as("parts recorded for reply " + id)
                    .isEqualTo(((Number) reply.get("parts")).longValue());
        }
        List<SmscLedger.Part> copies = ledger.notAmong(recorded);
        copies.forEach(copy -> System.out.println("CrashRecoveryEndToEndTest: copy accepted by the SMSC: " + copy));
        figures.duplicateParts = copies.size();
        figures.duplicateReplies = SmscLedger.messagesOf(copies);
        figures.duplicatesPerKill = checkCopiesAreCrashWindows(ledger.parts(), Set.copyOf(recorded), partsAtKills,
                sendingAtKills);
    }
}

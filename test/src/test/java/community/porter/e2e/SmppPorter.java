package community.porter.e2e;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import community.porter.smpp.JsmppSmsc;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.jsmpp.bean.SubmitSm;

/**
 * The packaged Porter in demo mode bound to an independent SMSC (jSMPP's server) over TCP: starts
 * both, records every {@code submit_sm} the SMSC accepts, and reads back what Porter sent to a
 * phone and what its command log says about it. Close it to stop Porter, then the SMSC.
 */
final class SmppPorter implements AutoCloseable {

    private static final Duration BIND_DEADLINE = Duration.ofSeconds(60);
    private static final Duration REPLY_DEADLINE = Duration.ofSeconds(30);

    private final JsmppSmsc smsc;
    private final PorterProcess porter;
    private final List<SubmitSm> accepted;
    private final ObjectMapper json = new ObjectMapper();

    private SmppPorter(JsmppSmsc smsc, PorterProcess porter, List<SubmitSm> accepted) {
        this.smsc = smsc;
        this.porter = porter;
        this.accepted = accepted;
    }

    /**
     * Starts the SMSC, accepting every submit, and Porter with {@code --demo}, the connection and
     * {@code arguments}; waits until Porter binds.
     */
    static SmppPorter start(Path workDir, String... arguments) throws Exception {
        return start(workDir, submit -> 0, arguments);
    }

    /**
     * Starts the SMSC and Porter with {@code --demo}, the connection to the SMSC and {@code arguments};
     * waits until Porter binds. {@code refusal} gives the {@code submit_sm_resp} status for each submit:
     * {@code 0} accepts and records it, anything else refuses it (e.g. {@code ESME_RTHROTTLED}).
     */
    static SmppPorter start(Path workDir, ToIntFunction<SubmitSm> refusal, String... arguments) throws Exception {
        JsmppSmsc smsc = JsmppSmsc.start();
        List<SubmitSm> accepted = new CopyOnWriteArrayList<>();
        smsc.answerSubmits(submit -> {
            int status = refusal.applyAsInt(submit);
            if (status == 0) {
                accepted.add(submit);
            }
            return status;
        });
        PorterProcess porter;
        try {
            porter = PorterProcess.start(workDir, Stream.concat(Stream.of("--demo",
                    "--porter.smpp.connections[0].name=operator",
                    "--porter.smpp.connections[0].host=127.0.0.1",
                    "--porter.smpp.connections[0].port=" + smsc.port(),
                    "--porter.smpp.connections[0].system-id=porter",
                    "--porter.smpp.connections[0].password=secret"), Stream.of(arguments))
                    .toArray(String[]::new));
        } catch (RuntimeException | Error e) {
            smsc.close();
            throw e;
        }
        SmppPorter started = new SmppPorter(smsc, porter, accepted);
        try {
            await("Porter binds to the SMSC").atMost(BIND_DEADLINE).until(smsc::isBound);
        } catch (RuntimeException | Error e) {
            started.close();
            throw e;
        }
        return started;
    }

    JsmppSmsc smsc() {
        return smsc;
    }

    PorterProcess porter() {
        return porter;
    }

    /** Every submit the SMSC accepted, in order. */
    List<SubmitSm> accepted() {
        return accepted;
    }

    /** Accepted submits to {@code phone}, grouped into whole messages by concatenation reference. */
    List<List<SubmitSm>> repliesTo(String phone) {
        Map<Integer, List<SubmitSm>> byReference = new LinkedHashMap<>();
        int single = -1;
        for (SubmitSm part : accepted) {
            if (Submitted.destination(part).equals(digits(phone))) {
                int[] ref = Submitted.part(part);
                int key = ref[0] == 0 && ref[1] == 1 ? single-- : ref[0];
                byReference.computeIfAbsent(key, k -> new ArrayList<>()).add(part);
            }
        }
        return byReference.values().stream()
                .filter(group -> group.size() == expectedParts(group.get(0)))
                .toList();
    }

    /** The texts of the whole messages accepted for {@code phone}, in order. */
    List<String> textsTo(String phone) {
        return new ArrayList<>(repliesTo(phone).stream().map(Submitted::joined).toList());
    }

    /** Waits until {@code count} whole replies to {@code phone} were accepted; returns them, parts grouped. */
    List<List<SubmitSm>> awaitReplies(String phone, int count) {
        await("reply to " + phone).atMost(REPLY_DEADLINE).until(() -> repliesTo(phone).size() >= count);
        return repliesTo(phone);
    }

    /** The command log rows of {@code phone} from the REST API, newest first. */
    List<JsonNode> commandsOf(String phone) throws Exception {
        String body = porter.get("/api/v1/commands?limit=100&phone=" + phone.replace("+", "%2B")).body();
        List<JsonNode> rows = new ArrayList<>();
        json.readTree(body).forEach(rows::add);
        return rows;
    }

    /** {@code phone} as SMPP addresses carry it: without the leading {@code +}. */
    static String digits(String phone) {
        return phone.replaceFirst("^\\+", "");
    }

    private static int expectedParts(SubmitSm part) {
        byte[] data = part.getShortMessage();
        return (part.getEsmClass() & 0x40) != 0 && data.length >= 6 ? data[4] & 0xFF : 1;
    }

    @Override
    public void close() {
        try {
            porter.close();
        } finally {
            smsc.close();
        }
    }
}

package community.porter.demo.smsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import community.porter.console.simulator.PhoneSimulator;
import community.porter.console.simulator.PhoneSimulator.SimulatedMessage;
import community.porter.console.simulator.PhoneSimulator.SimulatedPhone;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.Test;

/** The console's phone simulator over the demo SMSC, and the conversation store behind it. */
class DemoSmscPhoneSimulatorTest {

    @Test
    void offersTheDemoCommunitysPhonesThenTwoVisitors() {
        PhoneSimulator simulator = new DemoPhoneSimulator(new DemoSmsc(DemoSmscSettings.defaults()));

        assertThat(simulator.phones()).extracting(SimulatedPhone::number).containsExactly(
                "+8613800000001", "+8613800000002", "+8613800000003", "+8613900000001",
                "+8613700000001", "+8613700000002");
        assertThat(simulator.phones()).allSatisfy(phone -> assertThat(phone.label()).isNotBlank());
        assertThat(simulator.phones().get(0).label()).contains("张三", "1-1-101");
    }

    @Test
    void aMessageTypedOnThePageReachesTheEsmeAndTheAnswerShowsInTheConversation() throws Exception {
        DemoSmsc smsc = new DemoSmsc(DemoSmscSettings.defaults().withPort(0));
        PhoneSimulator simulator = new DemoPhoneSimulator(smsc);
        List<SimulatedMessage> heard = new CopyOnWriteArrayList<>();
        smsc.conversations().addListener(heard::add);
        smsc.start();
        try (TestEsme porter = TestEsme.bind(smsc.port(), "porter", "demo")) {
            simulator.send("+8613900000001", "H");
            await().atMost(Duration.ofSeconds(10)).until(() -> porter.messages().size() == 1);

            porter.submit(TypeOfNumber.INTERNATIONAL, "8613900000001", (byte) 0, (byte) 8, (byte) 1,
                    "命令：KM 开门".getBytes(StandardCharsets.UTF_16BE));

            await().atMost(Duration.ofSeconds(10)).until(() -> simulator.conversation("+8613900000001").size() == 2);
            List<SimulatedMessage> conversation = simulator.conversation("8613900000001");
            assertThat(conversation).extracting(SimulatedMessage::fromPhone, SimulatedMessage::text).containsExactly(
                    tuple(true, "H"),
                    tuple(false, "命令：KM 开门"));
            assertThat(conversation.get(0).id()).isLessThan(conversation.get(1).id());
            assertThat(heard).containsExactlyElementsOf(conversation);
        } finally {
            smsc.stop();
        }
    }

    @Test
    void aConversationKeepsOnlyTheNewestMessages() {
        ConversationStore store = new ConversationStore(fixedClock(), 3);

        IntStream.rangeClosed(1, 5).forEach(i -> store.record("+8613800000001", i % 2 == 1, "m" + i));

        assertThat(store.conversation("+8613800000001")).extracting(SimulatedMessage::text)
                .containsExactly("m3", "m4", "m5");
        assertThat(store.repliesTo("+8613800000001")).extracting(SimulatedMessage::text).containsExactly("m4");
        assertThat(store.conversation("+8613800000009")).isEmpty();
    }

    @Test
    void idsGrowAcrossPhonesAndThreadsAndEachPhoneStaysInOrder() throws Exception {
        ConversationStore store = new ConversationStore(fixedClock(), 1_000);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            for (int t = 0; t < 4; t++) {
                String phone = "+861380000000" + (t % 2);
                threads.execute(() -> IntStream.range(0, 250).forEach(i -> store.record(phone, true, "x")));
            }
        } finally {
            threads.shutdown();
            assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        List<SimulatedMessage> first = store.conversation("+8613800000000");
        List<SimulatedMessage> second = store.conversation("+8613800000001");
        assertThat(first).hasSize(500).isSortedAccordingTo((a, b) -> Long.compare(a.id(), b.id()));
        assertThat(second).hasSize(500).isSortedAccordingTo((a, b) -> Long.compare(a.id(), b.id()));
        assertThat(IntStream.concat(first.stream().mapToInt(m -> (int) m.id()), second.stream().mapToInt(m -> (int) m.id()))
                .distinct().count()).isEqualTo(1_000);
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        ConversationStore store = new ConversationStore(fixedClock(), 10);
        List<SimulatedMessage> heard = new CopyOnWriteArrayList<>();
        store.addListener(m -> {
            throw new IllegalStateException("closed stream");
        });
        store.addListener(heard::add);

        SimulatedMessage recorded = store.record("+8613700000001", true, "SQ");

        assertThat(heard).containsExactly(recorded);
        assertThat(recorded.at()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
    }

    private static Clock fixedClock() {
        return Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    }
}

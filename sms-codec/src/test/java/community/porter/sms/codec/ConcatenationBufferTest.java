package community.porter.sms.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcatenationBufferTest {

    private static final String ALICE = "main|+8613800000001";
    private static final String BOB = "main|+8613800000002";
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T08:00:00Z"));
    private final ConcatenationBuffer buffer = new ConcatenationBuffer(clock, TIMEOUT);

    @Test
    void partsInOrderMakeTheWholeTextWhenTheLastArrives() {
        assertThat(buffer.add(ALICE, part(7, 3, 1), "BX the ")).isEmpty();
        assertThat(buffer.add(ALICE, part(7, 3, 2), "lift is ")).isEmpty();

        assertThat(buffer.add(ALICE, part(7, 3, 3), "broken"))
                .contains(new Reassembled(ALICE, 7, "BX the lift is broken", false, 3, 3));
        assertThat(buffer.pendingGroups()).isZero();
    }

    @Test
    void partsInAnyOrderAreJoinedInSequenceOrder() {
        assertThat(buffer.add(ALICE, part(7, 3, 3), "C")).isEmpty();
        assertThat(buffer.add(ALICE, part(7, 3, 1), "A")).isEmpty();

        assertThat(buffer.add(ALICE, part(7, 3, 2), "B")).get().extracting(Reassembled::text).isEqualTo("ABC");
    }

    @Test
    void aOnePartMessageIsWholeAtOnce() {
        assertThat(buffer.add(ALICE, part(7, 1, 1), "KM"))
                .contains(new Reassembled(ALICE, 7, "KM", false, 1, 1));
    }

    @Test
    void aDuplicatePartIsIgnoredAndTheFirstCopyKept() {
        buffer.add(ALICE, part(7, 2, 1), "first ");
        assertThat(buffer.add(ALICE, part(7, 2, 1), "first ")).isEmpty();
        assertThat(buffer.add(ALICE, part(7, 2, 1), "other ")).isEmpty();

        Optional<Reassembled> whole = buffer.add(ALICE, part(7, 2, 2), "second");

        assertThat(whole).get().satisfies(message -> {
            assertThat(message.text()).isEqualTo("first second");
            assertThat(message.partsReceived()).isEqualTo(2);
        });
    }

    @Test
    void aLateCopyOfAPartOfADeliveredMessageIsIgnored() {
        buffer.add(ALICE, part(7, 2, 1), "A");
        buffer.add(ALICE, part(7, 2, 2), "B");

        assertThat(buffer.add(ALICE, part(7, 2, 2), "B")).isEmpty();
        assertThat(buffer.pendingGroups()).as("no phantom message waits for part 1").isZero();
        clock.advance(TIMEOUT.plusSeconds(1));
        assertThat(buffer.expire()).isEmpty();
    }

    @Test
    void aReusedReferenceWithOtherTextStartsANewMessage() {
        buffer.add(ALICE, part(7, 2, 1), "A");
        buffer.add(ALICE, part(7, 2, 2), "B");

        assertThat(buffer.add(ALICE, part(7, 2, 2), "Y")).isEmpty();
        // Once the new message is open, its parts go to it even where they repeat the old text.
        assertThat(buffer.add(ALICE, part(7, 2, 1), "A")).get().extracting(Reassembled::text).isEqualTo("AY");
    }

    @Test
    void deliveredMessagesAreForgottenAfterTheTimeout() {
        buffer.add(ALICE, part(7, 2, 1), "A");
        buffer.add(ALICE, part(7, 2, 2), "B");
        clock.advance(TIMEOUT.plusSeconds(1));

        assertThat(buffer.add(ALICE, part(7, 2, 1), "A")).isEmpty();
        assertThat(buffer.add(ALICE, part(7, 2, 2), "B")).get().extracting(Reassembled::text).isEqualTo("AB");
    }

    @Test
    void partsFromDifferentSendersNeverMix() {
        buffer.add(ALICE, part(7, 2, 1), "alice ");
        buffer.add(BOB, part(7, 2, 2), "bob");

        assertThat(buffer.pendingGroups()).isEqualTo(2);
        assertThat(buffer.add(BOB, part(7, 2, 1), "from ")).get().extracting(Reassembled::text).isEqualTo("from bob");
    }

    @Test
    void partsWithAnotherReferenceTotalOrReferenceSizeBelongToAnotherMessage() {
        buffer.add(ALICE, part(7, 2, 1), "x");
        buffer.add(ALICE, part(8, 2, 2), "x");
        buffer.add(ALICE, part(7, 3, 2), "x");
        buffer.add(ALICE, new ConcatInfo(7, 2, 2, true), "x");

        assertThat(buffer.pendingGroups()).isEqualTo(4);
    }

    @Test
    void aSarMessageIsReassembledLikeAHeaderOne() {
        buffer.add(ALICE, new ConcatInfo(0xBEEF, 2, 2, true), "world");

        assertThat(buffer.add(ALICE, new ConcatInfo(0xBEEF, 2, 1, true), "hello "))
                .contains(new Reassembled(ALICE, 0xBEEF, "hello world", false, 2, 2));
    }

    @Test
    void aMessageIsWaitedForUntilTheTimeoutHasPassed() {
        buffer.add(ALICE, part(7, 3, 1), "A");
        clock.advance(TIMEOUT);

        assertThat(buffer.expire()).as("exactly at the timeout it may still come").isEmpty();
        assertThat(buffer.pendingGroups()).isEqualTo(1);
    }

    @Test
    void anExpiredMessageReturnsWhatCameWithTheMissingPartsLeftOut() {
        buffer.add(ALICE, part(7, 3, 3), "C");
        buffer.add(ALICE, part(7, 3, 1), "A");
        clock.advance(TIMEOUT.plusMillis(1));

        assertThat(buffer.expire()).containsExactly(new Reassembled(ALICE, 7, "AC", true, 2, 3));
        assertThat(buffer.pendingGroups()).isZero();
        assertThat(buffer.expire()).as("given up once").isEmpty();
    }

    @Test
    void theTimeoutCountsFromTheFirstPart() {
        buffer.add(ALICE, part(7, 3, 1), "A");
        clock.advance(TIMEOUT.minusSeconds(1));
        buffer.add(ALICE, part(7, 3, 2), "B");
        clock.advance(Duration.ofSeconds(2));

        assertThat(buffer.expire()).extracting(Reassembled::text).containsExactly("AB");
    }

    @Test
    void onlyMessagesPastTheTimeoutExpire() {
        buffer.add(ALICE, part(1, 2, 1), "old");
        clock.advance(Duration.ofMinutes(3));
        buffer.add(BOB, part(2, 2, 1), "young");
        clock.advance(Duration.ofMinutes(3));

        assertThat(buffer.expire()).extracting(Reassembled::text).containsExactly("old");
        assertThat(buffer.pendingGroups()).isEqualTo(1);
    }

    @Test
    void aPartArrivingAfterItsMessageExpiredStartsAnother() {
        buffer.add(ALICE, part(7, 2, 1), "A");
        clock.advance(TIMEOUT.plusSeconds(1));
        buffer.expire();

        assertThat(buffer.add(ALICE, part(7, 2, 2), "B")).isEmpty();
        assertThat(buffer.pendingGroups()).isEqualTo(1);
    }

    @Test
    void pastTheBoundTheOldestMessageIsGivenUpAndReturnedByTheNextExpire() {
        ConcatenationBuffer small = new ConcatenationBuffer(clock, TIMEOUT, 2);
        small.add(ALICE, part(1, 2, 1), "first");
        small.add(ALICE, part(2, 2, 1), "second");
        small.add(ALICE, part(3, 2, 1), "third");

        assertThat(small.pendingGroups()).isEqualTo(2);
        assertThat(small.expire()).containsExactly(new Reassembled(ALICE, 1, "first", true, 1, 2));
        assertThat(small.expire()).isEmpty();
        assertThat(small.add(ALICE, part(2, 2, 2), " half")).get().extracting(Reassembled::text)
                .isEqualTo("second half");
    }

    @Test
    void pushedOutMessagesComeBeforeTimedOutOnes() {
        ConcatenationBuffer small = new ConcatenationBuffer(clock, TIMEOUT, 1);
        small.add(ALICE, part(1, 2, 1), "pushed");
        small.add(ALICE, part(2, 2, 1), "timed");
        clock.advance(TIMEOUT.plusSeconds(1));

        assertThat(small.expire()).extracting(Reassembled::text).containsExactly("pushed", "timed");
    }

    @Test
    void manyThreadsAddingPartsGetEveryMessageExactlyOnce() throws Exception {
        int messages = 300;
        int parts = 3;
        List<Runnable> adds = new ArrayList<>();
        Queue<Reassembled> whole = new ConcurrentLinkedQueue<>();
        for (int m = 0; m < messages; m++) {
            String key = "main|+86138" + m;
            for (int p = 1; p <= parts; p++) {
                ConcatInfo info = part(m % 256, parts, p);
                String text = m + "." + p + ";";
                adds.add(() -> buffer.add(key, info, text).ifPresent(whole::add));
                adds.add(() -> buffer.add(key, info, text).ifPresent(whole::add)); // and a duplicate
            }
        }
        Collections.shuffle(adds, new Random(4));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            adds.forEach(add -> done.add(pool.submit(add)));
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(whole).hasSize(messages);
        assertThat(whole).allSatisfy(message -> {
            String m = message.key().substring("main|+86138".length());
            assertThat(message.text()).isEqualTo(m + ".1;" + m + ".2;" + m + ".3;");
            assertThat(message.incomplete()).isFalse();
        });
        assertThat(buffer.pendingGroups()).isZero();
    }

    @Test
    void aTimeoutThatIsNotPositiveIsRejected() {
        assertThatThrownBy(() -> new ConcatenationBuffer(clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeout");
        assertThatThrownBy(() -> new ConcatenationBuffer(clock, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBoundBelowOneIsRejected() {
        assertThatThrownBy(() -> new ConcatenationBuffer(Clock.systemUTC(), TIMEOUT, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max groups");
    }

    private static ConcatInfo part(int reference, int total, int sequence) {
        return new ConcatInfo(reference, total, sequence, false);
    }
}

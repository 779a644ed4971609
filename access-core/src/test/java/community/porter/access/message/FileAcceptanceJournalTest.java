package community.porter.access.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance journal's file: lines written and read back, torn lines, rotation, deletion. */
class FileAcceptanceJournalTest {

    private static final Duration SEGMENT = Duration.ofMinutes(10);
    private static final Duration RETENTION = Duration.ofHours(1);

    @TempDir Path dir;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-05-01T08:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void acceptedPartsAreReadBackInOrderByTheNextProcess() {
        try (FileAcceptanceJournal journal = journal()) {
            journal.accepted(7, "main", 1, 2, "a1");
            journal.accepted(7, "main", 2, 2, "a2");
            journal.accepted(8, "backup", 1, 1, "b1");
        }

        assertThat(journal().entries()).containsExactly(
                new FileAcceptanceJournal.Entry(7, "main", 1, 2, "a1"),
                new FileAcceptanceJournal.Entry(7, "main", 2, 2, "a2"),
                new FileAcceptanceJournal.Entry(8, "backup", 1, 1, "b1"));
    }

    @Test
    void aLineIsInTheFileAsSoonAsAcceptedReturnsWithoutClosing() throws IOException {
        FileAcceptanceJournal journal = journal();

        journal.accepted(7, "main", 1, 1, "a1");

        // Another reader sees it while the writer still holds the file: nothing waits in a buffer.
        assertThat(new FileAcceptanceJournal(dir, SEGMENT, RETENTION, clock).entries())
                .containsExactly(new FileAcceptanceJournal.Entry(7, "main", 1, 1, "a1"));
        journal.close();
    }

    @Test
    void tabsLineBreaksAndBackslashesInIdsSurviveTheRoundTrip() {
        try (FileAcceptanceJournal journal = journal()) {
            journal.accepted(7, "odd\tname", 1, 1, "id\\with\nbreak\r");
        }

        assertThat(journal().entries()).containsExactly(
                new FileAcceptanceJournal.Entry(7, "odd\tname", 1, 1, "id\\with\nbreak\r"));
    }

    @Test
    void aLineTornByAKillIsSkippedAndTheNextProcessStartsAFreshSegment() throws IOException {
        try (FileAcceptanceJournal journal = journal()) {
            journal.accepted(7, "main", 1, 2, "a1");
        }
        Path segment = onlySegment();
        Files.writeString(segment, "7\tmain\t2\t2\ta", StandardOpenOption.APPEND);

        FileAcceptanceJournal next = journal();
        next.accepted(9, "main", 1, 1, "c1");
        next.close();

        assertThat(journal().entries()).containsExactly(
                new FileAcceptanceJournal.Entry(7, "main", 1, 2, "a1"),
                new FileAcceptanceJournal.Entry(9, "main", 1, 1, "c1"));
        assertThat(segments()).hasSize(2);
    }

    @Test
    void garbageLinesAreSkippedAndTheGoodOnesNextToThemKept() throws IOException {
        Files.writeString(dir.resolve("accepted-0000000000001.journal"),
                "7\tmain\t1\t2\ta1\nnot a line\n-\tmain\tx\t2\ta2\n7\tmain\t3\t2\ta3\n7\tmain\t2\t2\ta2\n",
                StandardCharsets.UTF_8);

        assertThat(journal().entries()).containsExactly(
                new FileAcceptanceJournal.Entry(7, "main", 1, 2, "a1"),
                new FileAcceptanceJournal.Entry(7, "main", 2, 2, "a2"));
    }

    @Test
    void aNewSegmentStartsWhenTheCurrentOneIsOldEnough() throws IOException {
        try (FileAcceptanceJournal journal = journal()) {
            journal.accepted(1, "main", 1, 1, "a");
            now.set(now.get().plus(SEGMENT).minusSeconds(1));
            journal.accepted(2, "main", 1, 1, "b");
            now.set(now.get().plusSeconds(1));
            journal.accepted(3, "main", 1, 1, "c");
        }

        assertThat(segments()).hasSize(2);
        assertThat(journal().entries()).extracting(FileAcceptanceJournal.Entry::outboxId).containsExactly(1L, 2L, 3L);
    }

    @Test
    void segmentsOlderThanTheRetentionAreDeletedOnRotationAndOnRequest() throws IOException {
        FileAcceptanceJournal journal = journal();
        journal.accepted(1, "main", 1, 1, "a");
        Path old = onlySegment();
        Files.setLastModifiedTime(old, FileTime.from(now.get()));

        now.set(now.get().plus(SEGMENT));
        journal.accepted(2, "main", 1, 1, "b");
        assertThat(segments()).as("an hour has not passed").hasSize(2);

        now.set(now.get().plus(RETENTION));
        journal.accepted(3, "main", 1, 1, "c");
        assertThat(segments()).as("rotated, and the first segment expired").hasSize(2).doesNotContain(old);
        journal.close();

        List<Path> left = segments();
        left.forEach(p -> setModified(p, now.get().minus(RETENTION).minusSeconds(1)));
        journal().deleteExpired();
        assertThat(segments()).isEmpty();
    }

    @Test
    void manyThreadsAppendWholeLines() throws Exception {
        FileAcceptanceJournal journal = journal();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            long outboxId = t;
            Thread thread = new Thread(() -> IntStream.rangeClosed(1, 500)
                    .forEach(part -> journal.accepted(outboxId, "main", part, 500, "id-" + outboxId + "-" + part)));
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        journal.close();

        List<FileAcceptanceJournal.Entry> entries = journal().entries();
        assertThat(entries).hasSize(8 * 500);
        assertThat(entries).allSatisfy(e -> assertThat(e.transportId()).isEqualTo("id-" + e.outboxId() + "-" + e.partNo()));
    }

    private FileAcceptanceJournal journal() {
        return new FileAcceptanceJournal(dir, SEGMENT, RETENTION, clock);
    }

    private Path onlySegment() throws IOException {
        List<Path> segments = segments();
        assertThat(segments).hasSize(1);
        return segments.get(0);
    }

    private List<Path> segments() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setModified(Path path, Instant at) {
        try {
            Files.setLastModifiedTime(path, FileTime.from(at));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

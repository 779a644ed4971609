package community.porter.access.message;

import community.porter.sms.AcceptanceJournal;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link AcceptanceJournal} in local files: one line per accepted part, appended to the
 * current segment file of a directory. Each line is handed to the operating system before
 * {@link #accepted} returns, so it survives the process being killed ({@code kill -9}, an out of
 * memory error); it is not forced to the disk (no fsync), the same bargain as the embedded
 * database's {@code WRITE_DELAY=0}: a power cut may lose the last lines.
 *
 * <p>A new segment starts every {@code segmentLength}, and at every start of the process, so a
 * line torn by a kill is never continued by the next process. Segments whose last line is older
 * than {@code retention} are deleted when a new one starts and by {@link #deleteExpired}; the
 * outbox records each part within milliseconds in normal running, so only a crash leaves lines
 * that matter, and they are read back ({@link #entries}) at the next start before anything is
 * deleted.
 *
 * <p>Thread-safe. Never throws from {@link #accepted}: a line that cannot be written is logged.
 */
public class FileAcceptanceJournal implements AcceptanceJournal, Closeable {

    private static final Logger log = LoggerFactory.getLogger(FileAcceptanceJournal.class);
    private static final String PREFIX = "accepted-";
    private static final String SUFFIX = ".journal";
    private static final Pattern SEGMENT = Pattern.compile(Pattern.quote(PREFIX) + "\\d{13}" + Pattern.quote(SUFFIX));

    private final Path directory;
    private final Duration segmentLength;
    private final Duration retention;
    private final Clock clock;

    private FileChannel segment;
    private Path segmentPath;
    private Instant segmentStart;

    /**
     * @param directory     where the segments are; created when missing
     * @param segmentLength how long one segment is written
     * @param retention     how long a segment is kept after its last line
     * @param clock         for segment names and ages
     * @throws UncheckedIOException when the directory cannot be created
     */
    public FileAcceptanceJournal(Path directory, Duration segmentLength, Duration retention, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.segmentLength = Objects.requireNonNull(segmentLength, "segmentLength");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.clock = Objects.requireNonNull(clock, "clock");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the acceptance journal directory " + directory, e);
        }
    }

    @Override
    public void accepted(long outboxId, String connector, int partNo, int totalParts, String transportId) {
        byte[] line = Entry.line(outboxId, connector, partNo, totalParts, transportId);
        synchronized (this) {
            try {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                FileChannel channel = current();
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            } catch (IOException | RuntimeException e) {
                log.warn("could not journal part {} of outbox message {} accepted by {}: {}", partNo, outboxId,
                        connector, e.toString());
                closeSegment();
            }
        }
    }

    /**
     * Every entry of every segment, oldest segment first; a line that is torn (the process was
     * killed while writing it) or unreadable is skipped.
     */
    public synchronized List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (Path path : segments()) {
            try {
                String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
                int start = 0;
                for (int end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
                    String line = text.substring(start, end);
                    Entry entry = Entry.parse(line);
                    if (entry == null) {
                        log.warn("skipped an unreadable line in acceptance journal {}: {}", path.getFileName(), line);
                    } else {
                        entries.add(entry);
                    }
                }
                if (start < text.length()) {
                    log.info("skipped the torn last line of acceptance journal {}", path.getFileName());
                }
            } catch (IOException e) {
                log.warn("could not read acceptance journal {}: {}", path, e.toString());
            }
        }
        return entries;
    }

    /** Deletes the segments, except the one being written, whose last line is older than the retention. */
    public synchronized void deleteExpired() {
        Instant cutoff = clock.instant().minus(retention);
        for (Path path : segments()) {
            if (path.equals(segmentPath)) {
                continue;
            }
            try {
                if (Files.getLastModifiedTime(path).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                log.warn("could not delete acceptance journal {}: {}", path, e.toString());
            }
        }
    }

    @Override
    public synchronized void close() {
        closeSegment();
    }

    /** The segment to append to: a new one when there is none yet or the current one is old enough. */
    private FileChannel current() throws IOException {
        Instant now = clock.instant();
        if (segment != null && !now.isBefore(segmentStart.plus(segmentLength))) {
            closeSegment();
            deleteExpired();
        }
        if (segment == null) {
            long millis = now.toEpochMilli();
            while (segment == null) {
                Path path = directory.resolve(String.format("%s%013d%s", PREFIX, millis, SUFFIX));
                try {
                    segment = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                            StandardOpenOption.APPEND);
                    segmentPath = path;
                    segmentStart = now;
                } catch (FileAlreadyExistsException e) {
                    millis++; // never continue a file another run may have left with a torn line
                }
            }
        }
        return segment;
    }

    private void closeSegment() {
        if (segment != null) {
            try {
                segment.close();
            } catch (IOException e) {
                log.debug("closing acceptance journal {}", segmentPath, e);
            }
        }
        segment = null;
        segmentPath = null;
        segmentStart = null;
    }

    /** The segment files, oldest first (their names sort by start time). */
    private List<Path> segments() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> SEGMENT.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            log.warn("could not list acceptance journal directory {}: {}", directory, e.toString());
            return List.of();
        }
    }

    /**
     * One accepted part, as written by {@link #accepted}.
     *
     * @param outboxId    the outbox message
     * @param connector   the connection or modem that accepted it
     * @param partNo      which part, 1-based
     * @param totalParts  how many parts the message has
     * @param transportId the transport's id of the part
     */
    public record Entry(long outboxId, String connector, int partNo, int totalParts, String transportId) {

        /** Tab-separated fields; a tab, line break or backslash inside a text field is escaped. */
        static byte[] line(long outboxId, String connector, int partNo, int totalParts, String transportId) {
            String text = outboxId + "\t" + escape(connector) + "\t" + partNo + "\t" + totalParts + "\t"
                    + escape(transportId) + "\n";
            return text.getBytes(StandardCharsets.UTF_8);
        }

        /** @return the entry, or {@code null} when the line is not one */
        static Entry parse(String line) {
            String[] fields = line.split("\t", -1);
            if (fields.length != 5) {
                return null;
            }
            try {
                long outboxId = Long.parseLong(fields[0]);
                int partNo = Integer.parseInt(fields[2]);
                int totalParts = Integer.parseInt(fields[3]);
                String connector = unescape(fields[1]);
                String transportId = unescape(fields[4]);
                if (partNo < 1 || totalParts < partNo || connector == null || connector.isEmpty()
                        || transportId == null) {
                    return null;
                }
                return new Entry(outboxId, connector, partNo, totalParts, transportId);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static String escape(String value) {
            String text = String.valueOf(value);
            if (text.indexOf('\\') < 0 && text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
                return text;
            }
            StringBuilder escaped = new StringBuilder(text.length() + 8);
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '\\' -> escaped.append("\\\\");
                    case '\t' -> escaped.append("\\t");
                    case '\n' -> escaped.append("\\n");
                    case '\r' -> escaped.append("\\r");
                    default -> escaped.append(c);
                }
            }
            return escaped.toString();
        }

        /** @return the text, or {@code null} when an escape is broken */
        private static String unescape(String field) {
            if (field.indexOf('\\') < 0) {
                return field;
            }
            StringBuilder text = new StringBuilder(field.length());
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c != '\\') {
                    text.append(c);
                    continue;
                }
                if (++i == field.length()) {
                    return null;
                }
                switch (field.charAt(i)) {
                    case '\\' -> text.append('\\');
                    case 't' -> text.append('\t');
                    case 'n' -> text.append('\n');
                    case 'r' -> text.append('\r');
                    default -> {
                        return null;
                    }
                }
            }
            return text.toString();
        }
    }
}

package community.porter.access.message;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A place in the message log, newest first: a page continues with the lines after it. The log is
 * ordered by time, then sent before received, then id, all descending, so the place is exact even
 * when many messages share a millisecond, and a page costs an index range whatever its depth.
 */
public record LogCursor(Instant at, MessageDirection direction, long id) {

    public LogCursor {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(direction, "direction");
    }

    /** The cursor as a request parameter: {@code <epoch millis>-<in|out>-<id>}. */
    public String token() {
        return at.toEpochMilli() + "-" + direction.name().toLowerCase() + "-" + id;
    }

    /** Reads {@link #token()}; anything else is no cursor (the first page), never an error. */
    public static Optional<LogCursor> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] fields = token.split("-");
        if (fields.length != 3) {
            return Optional.empty();
        }
        try {
            MessageDirection direction = MessageDirection.valueOf(fields[1].toUpperCase());
            return Optional.of(new LogCursor(Instant.ofEpochMilli(Long.parseLong(fields[0])), direction,
                    Long.parseLong(fields[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

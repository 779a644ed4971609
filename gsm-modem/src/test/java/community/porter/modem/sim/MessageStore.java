package community.porter.modem.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * One message memory of the modem ({@code SM} on the SIM, {@code ME} in the modem, {@code SR}
 * for status reports): numbered places from the dialect's first index, a fixed capacity, and
 * every new message in the lowest free place, as modems fill their memories. Not thread-safe;
 * the modem guards it.
 */
final class MessageStore {

    private final String name;
    private final int firstIndex;
    private final int capacity;
    private final TreeMap<Integer, StoredMessage> messages = new TreeMap<>();

    MessageStore(String name, int firstIndex, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a memory holds at least one message, not " + capacity);
        }
        this.name = name;
        this.firstIndex = firstIndex;
        this.capacity = capacity;
    }

    String name() {
        return name;
    }

    int capacity() {
        return capacity;
    }

    int used() {
        return messages.size();
    }

    /** @return whether the index is one of the memory's places, used or not */
    boolean inRange(int index) {
        return index >= firstIndex && index < firstIndex + capacity;
    }

    /**
     * @param status 27.005 {@code <stat>}
     * @param pdu    hex
     * @param length TPDU length
     * @return the index it went to, or empty when the memory is full
     */
    OptionalInt add(int status, String pdu, int length) {
        for (int index = firstIndex; index < firstIndex + capacity; index++) {
            if (!messages.containsKey(index)) {
                messages.put(index, new StoredMessage(name, index, status, pdu, length));
                return OptionalInt.of(index);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Reads a message, which makes an unread one read.
     *
     * @param index the place
     * @return the message as it was before reading, or empty for a free place
     */
    Optional<StoredMessage> read(int index) {
        StoredMessage message = messages.get(index);
        if (message != null) {
            messages.put(index, message.read());
        }
        return Optional.ofNullable(message);
    }

    /**
     * Lists messages, which makes the unread ones among them read.
     *
     * @param status 27.005 {@code <stat>}, 4 for all
     * @return the messages as they were before listing, by index
     */
    List<StoredMessage> list(int status) {
        List<StoredMessage> listed = new ArrayList<>();
        for (StoredMessage message : messages.values()) {
            if (status == 4 || message.status() == status) {
                listed.add(message);
            }
        }
        listed.forEach(message -> messages.put(message.index(), message.read()));
        return listed;
    }

    /**
     * @param index the place
     * @return the message that was there, or empty for a free place
     */
    Optional<StoredMessage> delete(int index) {
        return Optional.ofNullable(messages.remove(index));
    }

    /**
     * @param which the messages to delete
     * @return those deleted, by index
     */
    List<StoredMessage> deleteAll(Predicate<StoredMessage> which) {
        List<StoredMessage> deleted = new ArrayList<>();
        messages.values().removeIf(message -> which.test(message) && deleted.add(message));
        return deleted;
    }

    /** @return the places in use */
    List<Integer> indexes() {
        return new ArrayList<>(messages.keySet());
    }

    /** @return the first and last index of the memory, for {@code =?} answers */
    String range() {
        return "(" + firstIndex + "-" + (firstIndex + capacity - 1) + ")";
    }

    SortedMap<Integer, StoredMessage> snapshot() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(messages));
    }
}

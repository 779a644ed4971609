package community.porter.access.repair;

import community.porter.access.org.Room;
import community.porter.access.org.RoomRepository;
import community.porter.access.person.Phone;
import community.porter.access.person.PhoneRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens repair tickets ({@code BX}) and says who must hear of them: the staff on duty over the room. */
@Service
public class RepairDesk {

    /** Ticket numbers carry the community's local date, so people can tell them apart by day. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneId.of("Asia/Shanghai"));

    /**
     * A ticket just opened.
     *
     * @param number     what the resident and staff quote, e.g. {@code R2611230417}
     * @param roomCode   e.g. {@code 3-1-201}
     * @param staffPhones the active phones of staff on duty over the room, to notify
     */
    public record Opened(String number, String roomCode, List<String> staffPhones) {
    }

    private final RepairTicketRepository tickets;
    private final RoomRepository rooms;
    private final PhoneRepository phones;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public RepairDesk(RepairTicketRepository tickets, RoomRepository rooms, PhoneRepository phones, Clock clock) {
        this.tickets = tickets;
        this.rooms = rooms;
        this.phones = phones;
        this.clock = clock;
    }

    /** Opens a ticket for room {@code roomId} reported from phone {@code phoneId}. */
    @Transactional
    public Opened open(long roomId, long phoneId, String text) {
        Room room = rooms.findById(roomId).orElseThrow();
        Phone phone = phones.findById(phoneId).orElseThrow();
        Instant now = clock.instant();
        String kept = text.length() <= RepairTicket.MAX_TEXT ? text : text.substring(0, RepairTicket.MAX_TEXT);
        RepairTicket ticket = tickets.save(new RepairTicket(newNumber(now), room, phone, kept, now));
        List<String> staff = phones.findActiveStaffPhonesOnDutyOver(room.getUnit().getPath()).stream()
                .map(Phone::getE164).toList();
        return new Opened(ticket.getNumber(), room.getCode(), staff);
    }

    /** Day plus four random digits: short enough to read out, unguessable enough not to matter. */
    private String newNumber(Instant now) {
        String number;
        do {
            number = "R" + DAY.format(now) + String.format("%04d", random.nextInt(10_000));
        } while (tickets.existsByNumber(number));
        return number;
    }
}

package community.porter.access.visitor;

import community.porter.access.org.Room;
import community.porter.access.org.RoomRepository;
import community.porter.access.person.Permission;
import community.porter.access.person.Person;
import community.porter.access.person.PersonRepository;
import community.porter.access.person.Phone;
import community.porter.access.person.PhoneRepository;
import community.porter.access.person.Sender;
import community.porter.access.person.StaffRoleRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visitor desk: visit requests ({@code SQ}), their approval ({@code TY}) or denial
 * ({@code JJ}), direct invitations ({@code FK}) and the expiry of requests nobody answered. Each
 * operation first decides (room, blacklist, rights, state) and only then changes anything, in the
 * caller's transaction, so the replies the caller stores commit with the effect.
 */
@Service
public class VisitorDesk {

    /** Approval codes are 4 digits (SPEC §3.2). */
    public static final int APPROVAL_CODE_DIGITS = 4;
    /**
     * How far back a {@code TY}/{@code JJ} code is looked up: long enough to say "someone else
     * answered" or "expired" rather than "wrong code", short enough that a code reused since is
     * not mistaken for an old one.
     */
    private static final Duration ANSWER_MEMORY = Duration.ofDays(1);

    private final RoomRepository rooms;
    private final VisitorRequestRepository requests;
    private final BlacklistEntryRepository blacklist;
    private final PhoneRepository phones;
    private final StaffRoleRepository staffRoles;
    private final PersonRepository people;
    private final VisitorAuthority authority;
    private final PassIssuer issuer;
    private final VisitorCodes codes;
    private final VisitorsProperties properties;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public VisitorDesk(RoomRepository rooms, VisitorRequestRepository requests, BlacklistEntryRepository blacklist,
            PhoneRepository phones, StaffRoleRepository staffRoles, PersonRepository people, VisitorAuthority authority,
            PassIssuer issuer, VisitorCodes codes, VisitorsProperties properties, EntityManager entityManager,
            ApplicationEventPublisher events, Clock clock) {
        this.rooms = rooms;
        this.requests = requests;
        this.blacklist = blacklist;
        this.phones = phones;
        this.staffRoles = staffRoles;
        this.people = people;
        this.authority = authority;
        this.issuer = issuer;
        this.codes = codes;
        this.properties = properties;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    /**
     * {@code SQ}: the visitor at {@code visitorPhone} asks to visit {@code roomCode}. Visitors do
     * not name the community, so the room is looked up by code; where several communities share
     * one service number and a code, the oldest room wins.
     */
    @Transactional
    public VisitRequested request(String visitorPhone, String visitorName, VisitorType type, String roomCode) {
        Instant now = clock.instant();
        Optional<Room> found = rooms.findByCodeOrderByIdAsc(roomCode).stream().findFirst();
        if (found.isEmpty()) {
            return VisitRequested.not(DeskOutcome.NO_SUCH_ROOM);
        }
        Room room = found.get();
        Long communityId = room.getCommunity().getId();
        if (blacklist.existsByCommunityIdAndPhone(communityId, visitorPhone)) {
            return VisitRequested.not(DeskOutcome.BLACKLISTED);
        }
        boolean waiting = requests.findByRoomIdAndState(room.getId(), RequestState.PENDING).stream()
                .anyMatch(r -> r.getVisitorPhone().equals(visitorPhone) && r.isOpen(now));
        if (waiting) {
            return VisitRequested.not(DeskOutcome.ALREADY_PENDING);
        }
        List<String> approvers = residentPhones(room, now);
        boolean staff = approvers.isEmpty();
        if (staff) {
            approvers = staffOnDutyPhones(room);
        }
        if (approvers.isEmpty()) {
            return VisitRequested.not(DeskOutcome.NO_APPROVER);
        }
        String code = codes.unique(APPROVAL_CODE_DIGITS,
                c -> requests.existsByCommunityIdAndApprovalCodeAndState(communityId, c, RequestState.PENDING));
        VisitorRequest request = requests.save(new VisitorRequest(visitorPhone, visitorName, type, room, code, now,
                now.plus(properties.approvalTimeout())));
        return new VisitRequested(DeskOutcome.DONE, request, approvers, staff);
    }

    /** {@code TY}: approves the request with {@code approvalCode} and issues its pass. */
    @Transactional
    public VisitAnswered approve(Sender sender, String approvalCode) {
        Instant now = clock.instant();
        return answerable(sender, approvalCode, now).then(request -> {
            Person approver = people.getReferenceById(sender.personId());
            request.approve(approver, now);
            VisitorPass pass = issuer.issue(request, request.getVisitorPhone(), request.getType(), request.getRoom(),
                    Optional.empty(), approver, now);
            return new VisitAnswered(DeskOutcome.DONE, request, pass);
        });
    }

    /** {@code JJ}: denies the request with {@code approvalCode}. */
    @Transactional
    public VisitAnswered deny(Sender sender, String approvalCode) {
        Instant now = clock.instant();
        return answerable(sender, approvalCode, now).then(request -> {
            request.deny(people.getReferenceById(sender.personId()), now);
            return new VisitAnswered(DeskOutcome.DONE, request, null);
        });
    }

    /**
     * The console's {@code TY}: staff approve {@code request} (already checked to be theirs) and
     * its pass is issued as after an SMS approval. {@link VisitDecided} tells the SMS side, which
     * sends the visitor the pass as it does for {@code TY}.
     *
     * @param request the request, in any state: only a pending, open one is approved
     */
    @Transactional
    public VisitAnswered approve(VisitorRequest request) {
        Instant now = clock.instant();
        return locked(request, now).then(r -> {
            r.approve(null, now);
            VisitorPass pass = issuer.issue(r, r.getVisitorPhone(), r.getType(), r.getRoom(), Optional.empty(), null,
                    now);
            events.publishEvent(new VisitDecided(r, pass));
            return new VisitAnswered(DeskOutcome.DONE, r, pass);
        });
    }

    /** The console's {@code JJ}: staff deny {@code request}; {@link VisitDecided} has the visitor told. */
    @Transactional
    public VisitAnswered deny(VisitorRequest request) {
        Instant now = clock.instant();
        return locked(request, now).then(r -> {
            r.deny(null, now);
            events.publishEvent(new VisitDecided(r, null));
            return new VisitAnswered(DeskOutcome.DONE, r, null);
        });
    }

    /**
     * {@code FK}: a resident invites a visitor to their room (the first, where they have several);
     * the pass is issued at once.
     */
    @Transactional
    public VisitAnswered invite(Sender sender, String visitorPhone, VisitorType type, Optional<Integer> days) {
        Optional<Room> room = sender.memberships().stream().findFirst()
                .flatMap(m -> rooms.findById(m.roomId()));
        if (room.isEmpty()) {
            // A pass belongs to a room; staff without one have no room to invite to by SMS.
            return VisitAnswered.not(sender.has(Permission.VISITOR) ? DeskOutcome.NO_ROOM : DeskOutcome.NOT_ALLOWED,
                    null);
        }
        if (blacklist.existsByCommunityIdAndPhone(room.get().getCommunity().getId(), visitorPhone)) {
            return VisitAnswered.not(DeskOutcome.BLACKLISTED, null);
        }
        Instant now = clock.instant();
        VisitorPass pass = issuer.issue(null, visitorPhone, type, room.get(), days,
                people.getReferenceById(sender.personId()), now);
        return new VisitAnswered(DeskOutcome.DONE, null, pass);
    }

    /**
     * Marks the pending requests past their expiry {@code EXPIRED} (and the active passes past
     * their validity), at most {@code batch} requests a call.
     *
     * @return the requests just expired, whose visitors are to be told
     */
    @Transactional
    public List<VisitorRequest> expireOverdue(int batch) {
        Instant now = clock.instant();
        List<VisitorRequest> overdue = requests.findByStateAndExpiresAtLessThanEqual(RequestState.PENDING, now)
                .stream().limit(batch).toList();
        overdue.forEach(r -> r.expire(now));
        issuer.expireOverdue(now);
        return overdue;
    }

    /** The request a {@code TY}/{@code JJ} may act on, locked; or why there is none. */
    private Answerable answerable(Sender sender, String approvalCode, Instant now) {
        List<VisitorRequest> recent = requests.findTop20ByApprovalCodeAndCreatedAtGreaterThanEqualOrderByIdDesc(
                approvalCode, now.minus(ANSWER_MEMORY));
        if (recent.isEmpty()) {
            return Answerable.failed(DeskOutcome.NO_SUCH_REQUEST, null);
        }
        List<VisitorRequest> mine = recent.stream().filter(r -> authority.mayDecide(sender, r.getRoom())).toList();
        if (mine.isEmpty()) {
            return Answerable.failed(DeskOutcome.NOT_ALLOWED, null);
        }
        VisitorRequest chosen = mine.stream().filter(r -> r.getState() == RequestState.PENDING).findFirst()
                .orElse(mine.get(0));
        return locked(chosen, now);
    }

    /** {@code chosen} locked and ready to be answered, or why it is not. */
    private Answerable locked(VisitorRequest chosen, Instant now) {
        // Two residents may answer at once: the second waits here and then sees the first's answer.
        entityManager.refresh(chosen, LockModeType.PESSIMISTIC_WRITE);
        return switch (chosen.getState()) {
            case PENDING -> chosen.isOpen(now) ? Answerable.ok(chosen)
                    : Answerable.failed(DeskOutcome.EXPIRED, chosen);
            case EXPIRED -> Answerable.failed(DeskOutcome.EXPIRED, chosen);
            default -> Answerable.failed(DeskOutcome.ALREADY_ANSWERED, chosen);
        };
    }

    private List<String> residentPhones(Room room, Instant now) {
        return phones.findActivePhonesOfRoom(room.getId(), now).stream().map(Phone::getE164).toList();
    }

    private List<String> staffOnDutyPhones(Room room) {
        return staffRoles.findOnDutyOver(room.getUnit().getPath()).stream()
                .filter(role -> role.has(Permission.VISITOR))
                .map(role -> role.getPerson().getId()).distinct()
                .flatMap(personId -> phones.findByPersonIdOrderByIdAsc(personId).stream())
                .filter(Phone::isActive).map(Phone::getE164).distinct().toList();
    }

    /** A request ready to be answered, or the answer that it is not. */
    private record Answerable(VisitorRequest request, VisitAnswered failure) {

        static Answerable ok(VisitorRequest request) {
            return new Answerable(request, null);
        }

        static Answerable failed(DeskOutcome outcome, VisitorRequest request) {
            return new Answerable(null, VisitAnswered.not(outcome, request));
        }

        /** The action's answer for a request ready to be answered, else the failure. */
        VisitAnswered then(Function<VisitorRequest, VisitAnswered> action) {
            return request != null ? action.apply(request) : failure;
        }
    }
}

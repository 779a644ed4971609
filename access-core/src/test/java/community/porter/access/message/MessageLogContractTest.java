package community.porter.access.message;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import community.porter.access.org.Room;
import community.porter.access.org.RoomRepository;
import community.porter.access.person.MembershipRole;
import community.porter.access.person.Person;
import community.porter.access.person.PersonRepository;
import community.porter.access.person.Phone;
import community.porter.access.person.PhoneRepository;
import community.porter.access.person.PhoneStatus;
import community.porter.access.person.RoomMembership;
import community.porter.access.person.RoomMembershipRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The message log's search, paging and scope, and the dashboard's message figures, on each
 * database Porter runs on (the queries are built at run time, so each runs here on both).
 */
@SpringBootTest
@Transactional
abstract class MessageLogContractTest {

    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    static final String PHONE_A = "+8613711110001";
    static final String PHONE_B = "+8613711110002";
    static final String VISITOR = "+8613999990000";

    @Autowired MessageLog log;
    @Autowired MessageFigures figures;
    @Autowired InboxRepository inbox;
    @Autowired OutboxRepository outbox;
    @Autowired CommandLogRepository commands;
    @Autowired OrgNodeRepository nodes;
    @Autowired RoomRepository rooms;
    @Autowired PersonRepository persons;
    @Autowired PhoneRepository phones;
    @Autowired RoomMembershipRepository memberships;

    OrgNode root;
    OrgNode committeeA;

    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void tree() {
        // Rows other tests committed would blur the counts; this test's transaction rolls it all back.
        MessageTables.clear(jdbc);
        root = nodes.save(new OrgNode(OrgNodeType.DISTRICT, "LD", "log district"));
        committeeA = resident(root, "LA", PHONE_A);
        resident(root, "LB", PHONE_B);
    }

    @Test
    void eachFilterNarrowsTheLog() {
        InboxMessage km = received(PHONE_A, "KM 1", T0, "KM", CommandOutcome.OK);
        InboxMessage help = received(PHONE_A, "H", T0.plusSeconds(60), "H", CommandOutcome.OK);
        InboxMessage bad = received(PHONE_B, "XYZ 100%", T0.plusSeconds(120), null, CommandOutcome.UNKNOWN_COMMAND);
        OutboxMessage reply = sent(PHONE_A, "Door open", km, T0.plusSeconds(1));
        OutboxMessage failed = sent(PHONE_B, "Unknown", bad, T0.plusSeconds(121));
        failed.markFailed("rejected");

        assertThat(ids(MessageFilter.none())).containsExactly("out-" + failed.getId(), "in-" + bad.getId(),
                "in-" + help.getId(), "out-" + reply.getId(), "in-" + km.getId());
        assertThat(ids(filter(PHONE_A, null, null, null, null, null, null, null, null)))
                .containsExactly("in-" + help.getId(), "out-" + reply.getId(), "in-" + km.getId());
        assertThat(ids(filter(null, MessageDirection.OUT, null, null, null, null, null, null, null)))
                .containsExactly("out-" + failed.getId(), "out-" + reply.getId());
        assertThat(ids(filter(null, null, null, OutboxMessage.State.FAILED, null, null, null, null, null)))
                .containsExactly("out-" + failed.getId());
        assertThat(ids(filter(null, null, InboxMessage.State.HANDLED, null, null, null, null, null, null)))
                .containsExactly("in-" + bad.getId(), "in-" + help.getId(), "in-" + km.getId());
        assertThat(ids(filter(null, null, null, null, "KM", null, null, null, null)))
                .containsExactly("in-" + km.getId());
        assertThat(ids(filter(null, null, null, null, null, CommandOutcome.UNKNOWN_COMMAND, null, null, null)))
                .containsExactly("in-" + bad.getId());
        // Text is matched literally (% is no wildcard) and in any case.
        assertThat(ids(filter(null, null, null, null, null, null, "100%", null, null)))
                .containsExactly("in-" + bad.getId());
        assertThat(ids(filter(null, null, null, null, null, null, "OPEN", null, null)))
                .containsExactly("out-" + reply.getId());
        assertThat(ids(filter(null, null, null, null, null, null, null, T0.plusSeconds(60), T0.plusSeconds(121))))
                .containsExactly("in-" + bad.getId(), "in-" + help.getId());
    }

    @Test
    void pagesFollowOneAnotherWithoutGapOrRepeatEvenWithinOneMillisecond() {
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Instant at = T0.plusSeconds(i / 3);
            InboxMessage in = received(PHONE_A, "H" + i, at, "H", CommandOutcome.OK);
            OutboxMessage out = sent(PHONE_A, "reply " + i, in, at);
            stored.add("in-" + in.getId());
            stored.add("out-" + out.getId());
        }
        List<String> all = ids(MessageFilter.none());
        assertThat(all).hasSize(14).containsExactlyInAnyOrderElementsOf(stored);

        List<String> paged = new ArrayList<>();
        LogCursor after = null;
        for (int page = 0; page < 10; page++) {
            List<LoggedMessage> lines = log.find(MessageFilter.none(), new MessageScope("/", false), after, 4);
            if (lines.isEmpty()) {
                break;
            }
            lines.forEach(line -> paged.add(line.direction().name().toLowerCase() + "-" + line.id()));
            after = LogCursor.parse(lines.get(lines.size() - 1).cursor().token()).orElseThrow();
        }
        assertThat(paged).containsExactlyElementsOf(all);
    }

    @Test
    void aCommitteeReadsOnlyItsPeoplesMessagesAndTheRootAlsoUnregisteredSenders() {
        InboxMessage fromA = received(PHONE_A, "H", T0, "H", CommandOutcome.OK);
        InboxMessage fromB = received(PHONE_B, "H", T0, "H", CommandOutcome.OK);
        InboxMessage fromVisitor = received(VISITOR, "FK", T0, null, CommandOutcome.NOT_REGISTERED);
        OutboxMessage toB = sent(PHONE_B, "help", fromB, T0);

        MessageScope committee = MessageScope.ofNode(committeeA.getPath());
        MessageScope district = MessageScope.ofNode(root.getPath());
        assertThat(committee.unregistered()).isFalse();
        assertThat(district.unregistered()).isTrue();

        assertThat(log.find(MessageFilter.none(), committee, null, 50)).extracting(LoggedMessage::id)
                .containsExactly(fromA.getId());
        assertThat(log.find(MessageFilter.none(), district, null, 50)).hasSize(4);
        assertThat(log.isInboundInScope(fromA.getId(), committee)).isTrue();
        assertThat(log.isInboundInScope(fromB.getId(), committee)).isFalse();
        assertThat(log.isInboundInScope(fromVisitor.getId(), committee)).isFalse();
        assertThat(log.isInboundInScope(fromVisitor.getId(), district)).isTrue();
        assertThat(figures.recentFailures(committee, 10)).isEmpty();
        toB.markFailed("rejected");
        OutboxMessage toA = sent(PHONE_A, "late", fromA, T0.plusSeconds(1));
        toA.markUndelivered(OutboxMessage.State.EXPIRED, "validity");
        assertThat(figures.recentFailures(district, 10)).extracting(OutboxMessage::getId)
                .containsExactly(toA.getId(), toB.getId());
        assertThat(figures.recentFailures(district, 1)).extracting(OutboxMessage::getId).containsExactly(toA.getId());
        assertThat(figures.recentFailures(committee, 10)).extracting(OutboxMessage::getId).containsExactly(toA.getId());
    }

    @Test
    void figuresCountEachMinuteOfTheHourAndTheQueue() {
        Instant start = T0;
        received(PHONE_A, "a", start, "H", CommandOutcome.OK);
        received(PHONE_A, "b", start.plusSeconds(59), "H", CommandOutcome.OK);
        received(PHONE_A, "c", start.plusSeconds(60), "H", CommandOutcome.OK);
        received(PHONE_B, "d", start.plusSeconds(59 * 60 + 30), "H", CommandOutcome.OK);
        received(PHONE_A, "too late", start.plusSeconds(3600), "H", CommandOutcome.OK);
        InboxMessage cause = received(PHONE_A, "too early", start.minusSeconds(1), "H", CommandOutcome.OK);
        sent(PHONE_A, "queued", cause, start);
        OutboxMessage done = sent(PHONE_A, "sent", cause, start);
        done.markSent("smsc", 1, start.plusSeconds(125));

        long[] in = figures.receivedPerMinute(new MessageScope("/", false), start, 60);
        assertThat(in).hasSize(60);
        assertThat(in[0]).isEqualTo(2);
        assertThat(in[1]).isEqualTo(1);
        assertThat(in[59]).isEqualTo(1);
        assertThat(java.util.Arrays.stream(in).sum()).isEqualTo(4);
        assertThat(figures.receivedPerMinute(MessageScope.ofNode(committeeA.getPath()), start, 60)[59]).isZero();
        long[] out = figures.sentPerMinute(new MessageScope("/", false), start, 60);
        assertThat(out[2]).isEqualTo(1);
        assertThat(java.util.Arrays.stream(out).sum()).isEqualTo(1);
        assertThat(figures.queueDepths()).isEqualTo(Map.of(OutboxMessage.State.QUEUED, 1L,
                OutboxMessage.State.SENDING, 0L));
    }

    private List<String> ids(MessageFilter filter) {
        return log.find(filter, new MessageScope("/", false), null, 50).stream()
                .map(line -> line.direction().name().toLowerCase() + "-" + line.id()).toList();
    }

    private static MessageFilter filter(String phone, MessageDirection direction, InboxMessage.State inState,
            OutboxMessage.State outState, String command, CommandOutcome outcome, String text, Instant from,
            Instant to) {
        return new MessageFilter(phone, direction, inState, outState, command, outcome, text, from, to);
    }

    private InboxMessage received(String phone, String text, Instant at, String command, CommandOutcome outcome) {
        InboxMessage message = inbox.save(new InboxMessage("smsc", phone, "10690000", text, null, null, at, false,
                null));
        message.markHandled(at);
        commands.save(new CommandLogEntry(message.getId(), phone, text, command, outcome, 1, null, at, at));
        return message;
    }

    private OutboxMessage sent(String phone, String text, InboxMessage cause, Instant at) {
        return outbox.save(new OutboxMessage(OutboxMessage.Kind.REPLY, 0, phone, text, cause.getId(), null, null, at));
    }

    private OrgNode resident(OrgNode root, String code, String e164) {
        OrgNode committee = nodes.save(new OrgNode(root, OrgNodeType.COMMITTEE, code, code));
        OrgNode community = nodes.save(new OrgNode(committee, OrgNodeType.COMMUNITY, code + "C", code));
        OrgNode building = nodes.save(new OrgNode(community, OrgNodeType.BUILDING, "1", "1"));
        OrgNode unit = nodes.save(new OrgNode(building, OrgNodeType.UNIT, "1-1", "1-1"));
        Room room = rooms.save(new Room(community, unit, "1-1-101"));
        Person person = persons.save(new Person("resident " + code, null, Instant.now()));
        phones.save(new Phone(person, e164, PhoneStatus.ACTIVE, Instant.now()));
        memberships.save(new RoomMembership(person, room, MembershipRole.OWNER));
        return committee;
    }
}

package community.porter.access.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import community.porter.access.demo.DemoCommunity;
import community.porter.access.message.OutboxMessage;
import community.porter.access.message.OutboxRepository;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.person.MembershipRole;
import community.porter.access.person.PhoneRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.jdbc.JdbcTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The broadcast pipeline on every supported database: a broadcast is expanded once into its
 * recipients (opt-outs recorded), released to the outbox a window at a time after its schedule and
 * outside quiet hours, expired, cancelled, resumed after a crash, and its progress counted from
 * the outbox. Nothing runs in a test transaction: every step commits as it does in production.
 */
@SpringBootTest(properties = "porter.broadcasts.window=2")
@Import(BroadcastsContractTest.Clocks.class)
abstract class BroadcastsContractTest {

    /** 10:00 in Beijing on a weekday: no quiet hours. */
    static final Instant MORNING = Instant.parse("2026-11-23T02:00:00Z");
    /** 23:00 in Beijing: quiet. */
    static final Instant NIGHT = Instant.parse("2026-11-23T15:00:00Z");
    /** 07:00 in Beijing the morning after: quiet hours are over. */
    static final Instant NEXT_MORNING = Instant.parse("2026-11-23T23:00:00Z");

    static final String OWNER = DemoCommunity.OWNER_PHONE;
    static final String FAMILY = DemoCommunity.FAMILY_PHONE;
    static final String TENANT = DemoCommunity.TENANT_PHONE;
    static final String STAFF = DemoCommunity.STAFF_PHONE;
    static final String STRANGER = "+8613700000009";

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(MORNING);
        }
    }

    @Autowired Broadcasts broadcasts;
    @Autowired BroadcastTargets targets;
    @Autowired BroadcastRelease release;
    @Autowired NoticeSubscriptions subscriptions;
    @Autowired DemoCommunity demo;
    @Autowired OrgNodeRepository nodes;
    @Autowired PhoneRepository phones;
    @Autowired OutboxRepository outbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired TestClock clock;
    @Autowired BroadcastRepository repository;

    OrgNode community;

    @BeforeEach
    void demoCommunityAtTenInTheMorning() {
        demo.seed(0);
        community = nodes.findCommunity(DemoCommunity.CODE).orElseThrow();
        clock.set(MORNING);
    }

    @AfterEach
    void clearBroadcastsAndOptOuts() {
        JdbcTestUtils.deleteFromTables(jdbc, "broadcast_recipient", "broadcast", "outbox_part", "outbox_message");
        jdbc.update("update phone set opted_out_all = false");
        JdbcTestUtils.deleteFromTables(jdbc, "subscription");
    }

    @Test
    void aScopeBroadcastStoresEachResidentOnceAndRecordsThoseWhoOptedOutOfEverything() {
        optOutOfAll(FAMILY);

        Broadcasts.Created created = create(scope("1-1"), false);

        assertThat(created.recipients()).isEqualTo(1);
        assertThat(created.optedOut()).isEqualTo(1);
        assertThat(broadcasts.recipients(created.id(), null, 10))
                .extracting(BroadcastRecipients.Recipient::phone, BroadcastRecipients.Recipient::status)
                .containsExactlyInAnyOrder(tuple(OWNER, RecipientStatus.QUEUED), tuple(FAMILY, RecipientStatus.OPTED_OUT));
        assertThat(copiesOf(created.id())).as("one outbox copy, for the phone that did not opt out")
                .singleElement().satisfies(m -> {
                    assertThat(m.getRecipient()).isEqualTo(OWNER);
                    assertThat(m.getKind()).isEqualTo(OutboxMessage.Kind.BROADCAST);
                    assertThat(m.getPriority()).isEqualTo(9);
                    assertThat(m.getText()).isEqualTo("Lift maintenance 9-11");
                });
        assertThat(state(created)).isEqualTo(Broadcast.State.SENDING);
    }

    @Test
    void aChannelBroadcastHonoursChannelOptOutsButTheEmergencyChannelReachesEveryoneAtOnce() {
        subscriptions.unsubscribe(phoneId(TENANT), community.getId(), "TS", true);

        Broadcasts.Created ts = create(targets.channel(community, "TS").orElseThrow(), false);
        assertThat(phonesWith(ts, RecipientStatus.QUEUED)).containsExactlyInAnyOrder(OWNER, FAMILY);
        assertThat(phonesWith(ts, RecipientStatus.OPTED_OUT)).containsExactly(TENANT);

        clock.set(NIGHT);
        Broadcasts.Created aq = create(targets.channel(community, "AQ").orElseThrow(), false);
        assertThat(aq.recipients()).isEqualTo(3);
        assertThat(progress(aq).urgent()).as("the emergency channel is urgent").isTrue();
        assertThat(aq.released()).as("urgent: released at once, quiet hours or not").hasSize(2);
    }

    @Test
    void aRoleTargetReachesThoseRolesWithinItsScopeAndStaffWhenAsked() {
        BroadcastTarget all = targets.scope(community, "ALL").orElseThrow();

        assertThat(expand(all.withRoles(EnumSet.of(MembershipRole.OWNER), false))).containsExactly(OWNER);
        assertThat(expand(all.withRoles(EnumSet.of(MembershipRole.FAMILY, MembershipRole.TENANT), false)))
                .containsExactlyInAnyOrder(FAMILY, TENANT);
        assertThat(expand(all.withRoles(EnumSet.noneOf(MembershipRole.class), true))).containsExactly(STAFF);
        assertThat(expand(targets.scope(community, "2").orElseThrow()
                .withRoles(EnumSet.allOf(MembershipRole.class), false))).containsExactly(TENANT);
    }

    @Test
    void anUploadedListIsNormalisedAndEveryEntryNotTakenIsReportedWithItsReason() {
        optOutOfAll(FAMILY);
        BroadcastTargets.ListTarget list = targets.list(community,
                List.of("13800000001", "+86 138 0000 0001", "12345", "call me", "138000000021", "008613800000002",
                        STRANGER));

        assertThat(list.rejected()).extracting(RejectedEntry::entry)
                .containsExactly("+86 138 0000 0001", "12345", "call me", "138000000021");
        assertThat(list.rejected()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
        assertThat(list.rejected().get(0).reason()).contains("duplicate");

        Broadcasts.Created created = create(list.target(), false);
        assertThat(phonesWith(created, RecipientStatus.QUEUED)).containsExactlyInAnyOrder(OWNER, STRANGER);
        assertThat(phonesWith(created, RecipientStatus.OPTED_OUT)).containsExactly(FAMILY);
    }

    @Test
    void nothingIsReleasedDuringQuietHoursUnlessUrgentAndTheRestGoesInTheMorning() {
        clock.set(NIGHT);
        Broadcasts.Created quiet = create(scope("1-1"), false);
        Broadcasts.Created urgent = create(scope("2-1"), true);

        assertThat(quiet.released()).isEmpty();
        assertThat(release.releaseNext(quiet.id())).isEmpty();
        assertThat(state(quiet)).isEqualTo(Broadcast.State.EXPANDED);
        assertThat(urgent.released()).hasSize(1);

        clock.set(NEXT_MORNING);
        assertThat(release.releaseNext(quiet.id())).hasSize(2);
        assertThat(copiesOf(quiet.id())).extracting(OutboxMessage::getRecipient).containsExactlyInAnyOrder(OWNER, FAMILY);
    }

    @Test
    void aScheduledBroadcastReleasesNothingBeforeItsTime() {
        Broadcasts.Created created = broadcasts.create(new BroadcastRequest(community.getId(),
                Broadcast.AuthorKind.API, "crm", null, "Fire drill at 15:00", scope("1-1"), false,
                MORNING.plus(Duration.ofHours(2)), null));

        assertThat(created.released()).isEmpty();
        assertThat(release.inProgress()).doesNotContain(created.id());
        assertThat(release.releaseNext(created.id())).isEmpty();

        clock.advance(Duration.ofHours(2));
        assertThat(release.inProgress()).contains(created.id());
        assertThat(release.releaseNext(created.id())).hasSize(2);
    }

    @Test
    void recipientsNotReleasedByTheEndOfTheValidityExpireAndSoDoesTheBroadcast() {
        clock.set(NIGHT);
        Broadcasts.Created created = broadcasts.create(new BroadcastRequest(community.getId(),
                Broadcast.AuthorKind.CONSOLE, "admin", null, "Parking closed tonight", scope("1-1"), false, null,
                NIGHT.plus(Duration.ofHours(2))));

        clock.advance(Duration.ofHours(3));
        assertThat(release.releaseNext(created.id())).isEmpty();

        BroadcastProgress progress = progress(created);
        assertThat(progress.state()).isEqualTo(Broadcast.State.EXPIRED);
        assertThat(progress.counts()).containsEntry(RecipientStatus.EXPIRED, 2);
        assertThat(progress.percentDone()).isEqualTo(100.0);
        assertThat(copiesOf(created.id())).isEmpty();
    }

    @Test
    void aReleasedCopyCarriesTheBroadcastsValidity() {
        Instant end = MORNING.plus(Duration.ofHours(1));
        Broadcasts.Created created = broadcasts.create(new BroadcastRequest(community.getId(),
                Broadcast.AuthorKind.CONSOLE, "admin", null, "Water off until noon", scope("2-1"), false, null, end));

        assertThat(copiesOf(created.id())).singleElement().extracting(OutboxMessage::getValidUntil).isEqualTo(end);
    }

    @Test
    void onlyAWindowOfCopiesWaitsInTheOutboxAndTheNextBatchFollowsAsTheyLeave() {
        Broadcasts.Created created = create(targets.channel(community, "AQ").orElseThrow(), false);
        assertThat(created.released()).as("window of 2").hasSize(2);
        assertThat(release.releaseNext(created.id())).as("window full").isEmpty();

        markSent(created.released().get(0));
        assertThat(release.releaseNext(created.id())).hasSize(1);
        assertThat(release.releaseNext(created.id())).isEmpty();
        assertThat(state(created)).isEqualTo(Broadcast.State.SENDING);

        copiesOf(created.id()).forEach(m -> markSent(m.getId()));
        release.releaseNext(created.id());
        assertThat(state(created)).isEqualTo(Broadcast.State.DONE);
        assertThat(progress(created).finishedAt()).isEqualTo(MORNING);
    }

    @Test
    void cancelledRecipientsNotYetReleasedAreNeverSent() {
        Broadcasts.Created created = create(targets.channel(community, "AQ").orElseThrow(), false);

        assertThat(broadcasts.cancel(created.id())).isEqualTo(Broadcasts.Cancel.CANCELLED);
        created.released().forEach(this::markSent);
        assertThat(release.releaseNext(created.id())).isEmpty();

        assertThat(copiesOf(created.id())).hasSize(2);
        BroadcastProgress progress = progress(created);
        assertThat(progress.state()).isEqualTo(Broadcast.State.CANCELLED);
        assertThat(progress.counts()).containsEntry(RecipientStatus.CANCELLED, 1).containsEntry(RecipientStatus.SENT, 2);
        assertThat(broadcasts.cancel(created.id())).isEqualTo(Broadcasts.Cancel.ALREADY_FINISHED);
        assertThat(broadcasts.cancel(-1)).isEqualTo(Broadcasts.Cancel.NOT_FOUND);
    }

    @Test
    void aReleaseThatDiesBeforeItCommitsLeavesNoCopyAndReleasingAgainMakesExactlyOnePerRecipient() {
        clock.set(NIGHT);
        Broadcasts.Created created = create(targets.channel(community, "TZ").orElseThrow(), false);
        clock.set(NEXT_MORNING);

        // The process dies between storing the batch and its commit.
        transaction.executeWithoutResult(status -> {
            assertThat(release.releaseNext(created.id())).hasSize(2);
            status.setRollbackOnly();
        });
        assertThat(copiesOf(created.id())).isEmpty();
        assertThat(phonesWith(created, RecipientStatus.QUEUED)).hasSize(3);

        // Half released, then a restart: the committed batch is not released again.
        List<Long> first = release.releaseNext(created.id());
        assertThat(release.releaseNext(created.id())).isEmpty();
        first.forEach(this::markSent);
        List<Long> second = release.releaseNext(created.id());

        assertThat(first).hasSize(2);
        assertThat(second).hasSize(1);
        assertThat(copiesOf(created.id())).extracting(OutboxMessage::getRecipient)
                .containsExactlyInAnyOrder(OWNER, FAMILY, TENANT);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where kind = 'BROADCAST'", Integer.class))
                .as("no outbox message without its recipient row").isEqualTo(3);
    }

    @Test
    void theUniqueKeyRefusesASecondRowForTheSamePhone() {
        clock.set(NIGHT);
        Broadcasts.Created created = create(scope("1-1"), false);

        assertThatThrownBy(() -> jdbc.update(
                "insert into broadcast_recipient (broadcast_id, phone, status) values (?, ?, 'WAITING')",
                created.id(), OWNER)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void progressCountsEachStatusFromTheOutboxAndThePercentageOfFinalOnes() {
        optOutOfAll(TENANT);
        Broadcasts.Created created = create(targets.channel(community, "TZ").orElseThrow(), false);
        List<Long> copies = created.released();
        markSent(copies.get(0));
        transaction.executeWithoutResult(s -> outbox.findById(copies.get(1)).orElseThrow()
                .markUndelivered(OutboxMessage.State.FAILED, "UNDELIV"));

        BroadcastProgress progress = progress(created);
        assertThat(progress.total()).isEqualTo(3);
        assertThat(progress.released()).isEqualTo(2);
        assertThat(progress.counts()).isEqualTo(Map.of(RecipientStatus.QUEUED, 0, RecipientStatus.SENT, 1,
                RecipientStatus.DELIVERED, 0, RecipientStatus.FAILED, 1, RecipientStatus.EXPIRED, 0,
                RecipientStatus.OPTED_OUT, 1, RecipientStatus.CANCELLED, 0));
        assertThat(progress.percentDone()).isEqualTo(100.0);
        assertThat(broadcasts.recipients(created.id(), RecipientStatus.FAILED, 10))
                .singleElement().satisfies(r -> assertThat(r.outboxId()).isEqualTo(copies.get(1)));

        transaction.executeWithoutResult(s -> outbox.findById(copies.get(0)).orElseThrow().markDelivered(MORNING));
        assertThat(progress(created).counts()).containsEntry(RecipientStatus.DELIVERED, 1);
        assertThat(broadcasts.progress(-1)).isEmpty();
    }

    @Test
    void recipientsArePagedWithTheTimesTheirCopiesWereSentAndDelivered() {
        Broadcasts.Created created = create(targets.channel(community, "TZ").orElseThrow(), false);
        List<Long> copies = created.released();
        Instant sentAt = MORNING.plusSeconds(5);
        Instant deliveredAt = MORNING.plusSeconds(9);
        transaction.executeWithoutResult(s -> {
            outbox.findById(copies.get(0)).orElseThrow().markSent("smsc-1", 1, sentAt);
            outbox.findById(copies.get(0)).orElseThrow().markDelivered(deliveredAt);
        });

        List<BroadcastRecipients.Sent> first = broadcasts.recipients(created.id(), null, 0, 2);
        List<BroadcastRecipients.Sent> second = broadcasts.recipients(created.id(), null, 2, 2);
        assertThat(first).hasSize(2);
        assertThat(second).as("the third and last recipient").hasSize(1);
        assertThat(first.get(0).status()).isEqualTo(RecipientStatus.DELIVERED);
        assertThat(first.get(0).sentAt()).isEqualTo(sentAt);
        assertThat(first.get(0).deliveredAt()).isEqualTo(deliveredAt);
        assertThat(first.get(1).sentAt()).as("not sent yet").isNull();
        assertThat(broadcasts.recipients(created.id(), RecipientStatus.QUEUED, 0, 10)).hasSize(2)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(RecipientStatus.QUEUED));
    }

    @Test
    void broadcastsOfAScopeAreListedNewestFirstAndNoneOutsideIt() {
        Broadcasts.Created older = create(scope("1-1"), false);
        clock.set(MORNING.plusSeconds(60));
        Broadcasts.Created newer = create(scope("1-1"), false);

        assertThat(repository.findInScope(community.getPath(), PageRequest.of(0, 10)).map(Broadcast::getId))
                .containsExactly(newer.id(), older.id());
        assertThat(repository.findInScope(community.getPath(), PageRequest.of(1, 1)).getContent())
                .extracting(Broadcast::getId).containsExactly(older.id());
        assertThat(repository.findInScope("/no-such-path/", PageRequest.of(0, 10))).isEmpty();
    }

    private Broadcasts.Created create(BroadcastTarget target, boolean urgent) {
        return broadcasts.create(new BroadcastRequest(community.getId(), Broadcast.AuthorKind.CONSOLE, "admin", null,
                "Lift maintenance 9-11", target, urgent, null, null));
    }

    private BroadcastTarget scope(String typed) {
        return targets.scope(community, typed).orElseThrow();
    }

    private List<String> expand(BroadcastTarget target) {
        clock.set(NIGHT);
        Broadcasts.Created created = create(target, false);
        return phonesWith(created, RecipientStatus.QUEUED);
    }

    private List<String> phonesWith(Broadcasts.Created created, RecipientStatus status) {
        return broadcasts.recipients(created.id(), status, 100).stream().map(BroadcastRecipients.Recipient::phone)
                .toList();
    }

    private List<OutboxMessage> copiesOf(long broadcastId) {
        return outbox.findAllById(jdbc.queryForList(
                "select outbox_id from broadcast_recipient where broadcast_id = ? and outbox_id is not null", Long.class,
                broadcastId));
    }

    private BroadcastProgress progress(Broadcasts.Created created) {
        return broadcasts.progress(created.id()).orElseThrow();
    }

    private Broadcast.State state(Broadcasts.Created created) {
        return progress(created).state();
    }

    private void markSent(long outboxId) {
        jdbc.update("update outbox_message set state = 'SENT' where id = ?", outboxId);
    }

    private long phoneId(String e164) {
        return phones.findByE164(e164).orElseThrow().getId();
    }

    private void optOutOfAll(String e164) {
        subscriptions.optOutOfAll(phoneId(e164), community.getId());
    }
}

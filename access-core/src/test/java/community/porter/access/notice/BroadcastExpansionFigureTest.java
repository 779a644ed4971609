package community.porter.access.notice;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.demo.DemoCommunity;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A broadcast to 100,000 residents is expanded and its recipients stored in one go on H2, in a
 * database of its own. The time it took is printed (a figure, not a limit: the machine decides
 * it); the test checks that every resident got exactly one row.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:broadcast-figure;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        // Copies are released on their own schedule; here only the expansion is measured.
        "porter.broadcasts.window=1"})
class BroadcastExpansionFigureTest {

    static final int RESIDENTS = 100_000;

    @Autowired DemoCommunity demo;
    @Autowired OrgNodeRepository nodes;
    @Autowired BroadcastTargets targets;
    @Autowired Broadcasts broadcasts;
    @Autowired BroadcastRecipients recipients;
    @Autowired Clock clock;

    @Test
    void aBroadcastToOneHundredThousandResidentsIsExpandedOnceWithARowEach() {
        demo.seed(RESIDENTS);
        OrgNode community = nodes.findCommunity(DemoCommunity.CODE).orElseThrow();
        BroadcastTarget all = targets.scope(community, "ALL").orElseThrow();

        long start = System.nanoTime();
        Broadcasts.Created created = broadcasts.create(new BroadcastRequest(community.getId(),
                Broadcast.AuthorKind.CONSOLE, "admin", null, "Annual meeting on Saturday", all, true, null, null));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        System.out.printf("broadcast expansion: %,d recipients resolved and stored in %,d ms on H2%n",
                created.recipients(), took.toMillis());
        // The fixed residents (three) and the extra ones.
        assertThat(created.recipients()).isEqualTo(RESIDENTS + 3);
        assertThat(broadcasts.progress(created.id()).orElseThrow().total()).isEqualTo(RESIDENTS + 3);

        start = System.nanoTime();
        Broadcasts.Created channel = broadcasts.create(new BroadcastRequest(community.getId(),
                Broadcast.AuthorKind.CONSOLE, "admin", null, "Water off on Sunday",
                targets.channel(community, "TS").orElseThrow(), true, null, null));
        took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("broadcast expansion: %,d channel recipients resolved and stored in %,d ms on H2%n",
                channel.recipients(), took.toMillis());
        assertThat(channel.recipients()).isEqualTo(RESIDENTS + 3);
    }
}

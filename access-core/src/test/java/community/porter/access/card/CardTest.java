package community.porter.access.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeType;
import community.porter.access.person.Person;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CardTest {

    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");
    private static final OrgNode COMMUNITY = new OrgNode(OrgNodeType.COMMUNITY, "DEMO", "演示小区");
    private final Person holder = new Person("张三", "0001", T0);

    @Test
    void aLostCardCanBeUnblockedAndLostAgain() {
        Card card = new Card("D0001", holder, COMMUNITY, T0);

        card.reportLost(T0.plusSeconds(60));
        assertThat(card.getStatus()).isEqualTo(CardStatus.LOST);
        assertThat(card.getStatusChangedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(card.isActive()).isFalse();

        card.unblock(T0.plusSeconds(120));
        assertThat(card.isActive()).isTrue();
        card.reportLost(T0.plusSeconds(180));
        assertThat(card.getStatus()).isEqualTo(CardStatus.LOST);
    }

    @Test
    void onlyAnActiveCardCanBeReportedLostAndOnlyALostOneUnblocked() {
        Card card = new Card("D0001", holder, COMMUNITY, T0);

        assertThatThrownBy(() -> card.unblock(T0)).isInstanceOf(IllegalStateException.class);
        card.reportLost(T0);
        assertThatThrownBy(() -> card.reportLost(T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReplacedCardIsCancelledAndPointsToItsSuccessor() {
        Card old = new Card("D0001", holder, COMMUNITY, T0);
        Card successor = new Card("D0009", holder, COMMUNITY, T0);
        old.markDamaged(T0);

        old.replaceBy(successor, T0.plusSeconds(5));

        assertThat(old.getStatus()).isEqualTo(CardStatus.CANCELLED);
        assertThat(old.getReplacedBy()).isSameAs(successor);
        assertThatThrownBy(() -> old.replaceBy(successor, T0))
                .isInstanceOf(IllegalStateException.class);
    }
}

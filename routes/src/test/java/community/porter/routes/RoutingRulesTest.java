package community.porter.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.porter.access.message.OutboxMessage.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first rule whose criteria all hold chooses the transports; without one, all in configured order. */
class RoutingRulesTest {

    private static final TransportEndpoints TRANSPORTS = new TransportEndpoints(List.of(), List.of(
            new TransportEndpoints.Outbound("main", "smsc:main"),
            new TransportEndpoints.Outbound("backup", "smsc:backup"),
            new TransportEndpoints.Outbound("pool", "gsm:pool")));
    private static final RoutingProperties.LaneThreads THREADS = new RoutingProperties.LaneThreads(2, 4, 8);

    private static RoutingProperties.Rule rule(List<String> prefixes, List<Kind> kinds, List<Lane> lanes, String... transports) {
        return new RoutingProperties.Rule(prefixes, kinds, lanes, List.of(transports));
    }

    private static RoutingRules rules(RoutingProperties.Rule... rules) {
        return new RoutingRules(new RoutingProperties(List.of(rules), THREADS), TRANSPORTS);
    }

    @Test
    void withoutRulesEveryTransportIsTriedInConfiguredOrder() {
        assertThat(rules().transportsFor("+8613800000001", Kind.REPLY, Lane.NORMAL))
                .containsExactly("main", "backup", "pool");
    }

    @Test
    void aDestinationPrefixChoosesItsTransports() {
        RoutingRules rules = rules(rule(List.of("+86138", "+86139"), List.of(), List.of(), "backup", "main"));

        assertThat(rules.transportsFor("+8613800000001", Kind.REPLY, Lane.NORMAL)).containsExactly("backup", "main");
        assertThat(rules.transportsFor("+8613900000001", Kind.REPLY, Lane.NORMAL)).containsExactly("backup", "main");
        assertThat(rules.transportsFor("+8613700000001", Kind.REPLY, Lane.NORMAL))
                .as("no rule matches").containsExactly("main", "backup", "pool");
    }

    @Test
    void theFirstMatchingRuleWinsEvenWhenALaterOneIsMoreSpecific() {
        RoutingRules rules = rules(
                rule(List.of("+86138"), List.of(), List.of(), "main"),
                rule(List.of("+861381"), List.of(), List.of(), "pool"));

        assertThat(rules.transportsFor("+8613812345678", Kind.REPLY, Lane.NORMAL)).containsExactly("main");
    }

    @Test
    void kindAndLaneMustHoldTooWhenGiven() {
        RoutingRules rules = rules(
                rule(List.of(), List.of(Kind.BROADCAST), List.of(), "pool"),
                rule(List.of("+86138"), List.of(), List.of(Lane.URGENT), "backup"));

        assertThat(rules.transportsFor("+8613800000001", Kind.BROADCAST, Lane.BULK)).containsExactly("pool");
        assertThat(rules.transportsFor("+8613800000001", Kind.REPLY, Lane.URGENT)).containsExactly("backup");
        assertThat(rules.transportsFor("+8613800000001", Kind.REPLY, Lane.NORMAL)).containsExactly("main", "backup", "pool");
        assertThat(rules.transportsFor("+8613700000001", Kind.NOTICE, Lane.URGENT)).containsExactly("main", "backup", "pool");
    }

    @Test
    void aTransportMayBeNamedByItsEndpointUri() {
        assertThat(rules(rule(List.of(), List.of(), List.of(), "gsm:pool", "main"))
                .transportsFor("+8613800000001", Kind.API, Lane.NORMAL)).containsExactly("pool", "main");
    }

    @Test
    void aRuleNamingAnUnknownTransportStopsStartUpNamingTheRuleAndTheKnownOnes() {
        assertThatThrownBy(() -> rules(rule(List.of(), List.of(), List.of(), "main"),
                rule(List.of("+86138"), List.of(), List.of(), "bakup")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("porter.routing.rules[1].transports")
                .hasMessageContaining("'bakup'")
                .hasMessageContaining("main (smsc:main), backup (smsc:backup), pool (gsm:pool)");
    }

    @Test
    void prioritiesFallIntoTheirLanes() {
        assertThat(Lane.of(0)).as("door, lost card, approval").isEqualTo(Lane.URGENT);
        assertThat(Lane.of(4)).isEqualTo(Lane.URGENT);
        assertThat(Lane.of(5)).as("ordinary reply").isEqualTo(Lane.NORMAL);
        assertThat(Lane.of(8)).isEqualTo(Lane.NORMAL);
        assertThat(Lane.of(9)).as("broadcast").isEqualTo(Lane.BULK);
        assertThat(Lane.of(20)).isEqualTo(Lane.BULK);
    }
}

package community.porter.routes;

import community.porter.access.message.OutboxMessage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which transport sends which message, and how many senders each lane has
 * ({@code porter.routing.*}).
 *
 * @param rules       tried in order for each message; the first that matches chooses the
 *                    transports. A message no rule matches goes through every outbound
 *                    transport in configured order. None by default.
 * @param laneThreads senders per lane
 */
@Validated
@ConfigurationProperties("porter.routing")
public record RoutingProperties(@Valid @DefaultValue List<Rule> rules, @Valid @DefaultValue LaneThreads laneThreads) {

    /**
     * One routing rule: its criteria (all given ones must hold; an empty list matches anything)
     * and the transports to try, in order.
     *
     * @param destinationPrefixes E.164 prefixes of the recipient, e.g. {@code +86138}; any of them
     * @param kinds               message kinds ({@code REPLY}, {@code NOTICE}, {@code BROADCAST},
     *                            {@code API}); any of them
     * @param lanes               lanes ({@code URGENT}, {@code NORMAL}, {@code BULK}); any of them
     * @param transports          transport names (e.g. {@code main}, the name of
     *                            {@code porter.smpp.connections[n]}) or endpoint URIs
     *                            (e.g. {@code gsm:pool}), tried in this order; one that is down or
     *                            throttled is skipped for the next
     */
    public record Rule(
            @DefaultValue List<@NotNull @Pattern(regexp = "\\+[0-9]{1,15}",
                    message = "must be an E.164 prefix such as +86138") String> destinationPrefixes,
            @DefaultValue List<OutboxMessage.@NotNull Kind> kinds,
            @DefaultValue List<@NotNull Lane> lanes,
            @NotEmpty List<@NotBlank String> transports) {

        public Rule {
            destinationPrefixes = List.copyOf(destinationPrefixes);
            kinds = List.copyOf(kinds);
            lanes = List.copyOf(lanes);
            transports = transports == null ? List.of() : List.copyOf(transports);
        }

        /** @return whether a message to {@code to} of this kind and lane matches */
        boolean matches(String to, OutboxMessage.Kind kind, Lane lane) {
            return (destinationPrefixes.isEmpty() || destinationPrefixes.stream().anyMatch(to::startsWith))
                    && (kinds.isEmpty() || kinds.contains(kind))
                    && (lanes.isEmpty() || lanes.contains(lane));
        }
    }

    /**
     * Senders per lane. A lane's senders take only that lane's messages, so urgent ones never
     * queue behind a broadcast; on one connection they share its window.
     *
     * @param urgent senders of door, lost-card and approval messages; default 2
     * @param normal senders of ordinary replies and notices; default 4
     * @param bulk   senders of broadcasts; default 8
     */
    public record LaneThreads(
            @Positive @DefaultValue("2") int urgent,
            @Positive @DefaultValue("4") int normal,
            @Positive @DefaultValue("8") int bulk) {

        /** @return the senders of {@code lane} */
        int of(Lane lane) {
            return switch (lane) {
                case URGENT -> urgent;
                case NORMAL -> normal;
                case BULK -> bulk;
            };
        }
    }
}

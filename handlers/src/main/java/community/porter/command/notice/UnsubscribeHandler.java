package community.porter.command.notice;

import community.porter.access.message.CommandOutcome;
import community.porter.access.notice.NoticeCommunities;
import community.porter.access.notice.NoticeSubscriptions;
import community.porter.access.org.OrgNode;
import community.porter.access.person.Sender;
import community.porter.command.language.Command;
import community.porter.command.language.CommandCode;
import community.porter.command.language.ReplyKeys;
import community.porter.command.language.ReplyTexts;
import community.porter.command.pipeline.Audience;
import community.porter.command.pipeline.CommandContext;
import community.porter.command.pipeline.CommandHandler;
import community.porter.command.pipeline.CommandResult;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code TD <channel>}: the phone no longer gets that channel; {@code TD} (also {@code TD ALL},
 * {@code STOP}): no notices at all until {@code DY} again. Emergency channels ({@code AQ}) still
 * reach the phone, and the reply says so.
 */
@Component
class UnsubscribeHandler implements CommandHandler<Command.Unsubscribe> {

    private final NoticeCommunities communities;
    private final NoticeSubscriptions subscriptions;
    private final ReplyTexts texts;

    UnsubscribeHandler(NoticeCommunities communities, NoticeSubscriptions subscriptions, ReplyTexts texts) {
        this.communities = communities;
        this.subscriptions = subscriptions;
        this.texts = texts;
    }

    @Override
    public CommandCode code() {
        return CommandCode.TD;
    }

    @Override
    public Audience audience() {
        return Audience.REGISTERED;
    }

    @Override
    public CommandResult handle(Command.Unsubscribe command, CommandContext context) {
        Sender sender = context.sender();
        Optional<OrgNode> community = communities.of(sender);
        if (command.channel().isEmpty()) {
            List<String> exempt = subscriptions.optOutOfAll(sender.phoneId(),
                    community.map(OrgNode::getId).orElse(null));
            return exempt.isEmpty() ? CommandResult.of(CommandOutcome.OK, ReplyKeys.TD_OPTOUT)
                    : CommandResult.of(CommandOutcome.OK, ReplyKeys.TD_OPTOUT_EXEMPT,
                            String.join(texts.text(ReplyKeys.LIST_SEPARATOR, context.language()), exempt));
        }
        String code = command.channel().get();
        if (community.isEmpty()) {
            return CommandResult.of(CommandOutcome.NOT_FOUND, ReplyKeys.CHANNEL_UNKNOWN, code);
        }
        long communityId = community.get().getId();
        return switch (subscriptions.unsubscribe(sender.phoneId(), communityId, code,
                Residence.livesIn(sender, communityId))) {
            case UNKNOWN_CHANNEL -> CommandResult.of(CommandOutcome.NOT_FOUND, ReplyKeys.CHANNEL_UNKNOWN, code);
            case EMERGENCY -> CommandResult.of(CommandOutcome.OK, ReplyKeys.TD_EMERGENCY, code);
            case NOT_SUBSCRIBED -> CommandResult.of(CommandOutcome.OK, ReplyKeys.TD_NOT_SUBSCRIBED, code);
            default -> CommandResult.of(CommandOutcome.OK, ReplyKeys.TD_UNSUBSCRIBED, code);
        };
    }
}

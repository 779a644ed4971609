package community.porter.command.notice;

import community.porter.access.message.CommandOutcome;
import community.porter.access.notice.NoticeCommunities;
import community.porter.access.notice.NoticeSubscriptions;
import community.porter.access.org.OrgNode;
import community.porter.access.person.Sender;
import community.porter.command.language.Command;
import community.porter.command.language.CommandCode;
import community.porter.command.language.ReplyKeys;
import community.porter.command.pipeline.Audience;
import community.porter.command.pipeline.CommandContext;
import community.porter.command.pipeline.CommandHandler;
import community.porter.command.pipeline.CommandResult;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code DY}: lists the channels of the sender's community and which the phone gets;
 * {@code DY <channel>}: the phone gets that channel. Either ends an opt-out of all notices
 * (SPEC: kept "until DY again"). Who gets what by default: {@code NoticeAudience}.
 */
@Component
class SubscribeHandler implements CommandHandler<Command.Subscribe> {

    private final NoticeCommunities communities;
    private final NoticeSubscriptions subscriptions;
    private final ChannelList list;

    SubscribeHandler(NoticeCommunities communities, NoticeSubscriptions subscriptions, ChannelList list) {
        this.communities = communities;
        this.subscriptions = subscriptions;
        this.list = list;
    }

    @Override
    public CommandCode code() {
        return CommandCode.DY;
    }

    @Override
    public Audience audience() {
        return Audience.REGISTERED;
    }

    @Override
    public CommandResult handle(Command.Subscribe command, CommandContext context) {
        Sender sender = context.sender();
        Optional<OrgNode> community = communities.of(sender);
        if (community.isEmpty()) {
            return CommandResult.of(CommandOutcome.NOT_FOUND, ReplyKeys.NOTICE_NO_COMMUNITY);
        }
        long communityId = community.get().getId();
        boolean resident = Residence.livesIn(sender, communityId);
        if (command.channel().isEmpty()) {
            boolean resumed = subscriptions.resume(sender.phoneId());
            String channels = list.of(subscriptions.channels(sender.phoneId(), communityId, resident),
                    context.language());
            return CommandResult.of(CommandOutcome.OK, resumed ? ReplyKeys.DY_RESUMED : ReplyKeys.DY_LIST, channels);
        }
        String code = command.channel().get();
        return switch (subscriptions.subscribe(sender.phoneId(), communityId, code, resident)) {
            case UNKNOWN_CHANNEL -> CommandResult.of(CommandOutcome.NOT_FOUND, ReplyKeys.CHANNEL_UNKNOWN, code);
            case ALREADY -> CommandResult.of(CommandOutcome.OK, ReplyKeys.DY_ALREADY, code);
            default -> CommandResult.of(CommandOutcome.OK, ReplyKeys.DY_SUBSCRIBED, code);
        };
    }
}

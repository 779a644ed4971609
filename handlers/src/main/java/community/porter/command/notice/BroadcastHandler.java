package community.porter.command.notice;

import community.porter.access.message.CommandOutcome;
import community.porter.access.notice.Broadcast;
import community.porter.access.notice.BroadcastRequest;
import community.porter.access.notice.BroadcastTarget;
import community.porter.access.notice.BroadcastTargets;
import community.porter.access.notice.Broadcasts;
import community.porter.access.notice.NoticeCommunities;
import community.porter.access.org.OrgNode;
import community.porter.access.person.Permission;
import community.porter.access.person.Sender;
import community.porter.command.language.Command;
import community.porter.command.language.CommandCode;
import community.porter.command.language.ReplyKeys;
import community.porter.command.pipeline.Audience;
import community.porter.command.pipeline.CommandContext;
import community.porter.command.pipeline.CommandHandler;
import community.porter.command.pipeline.CommandResult;
import community.porter.command.pipeline.Reply;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code GB <channel or scope> <text>}: staff with {@code BROADCAST} over the target start a
 * broadcast ({@link Broadcasts}), the same pipeline as the console's: its recipients are stored
 * at once, its copies are released to the outbox batch by batch in the broadcast lane, after every
 * reply (quiet hours apply, except to the emergency channel), and the sender is told how many
 * phones it will reach. A target outside the sender's scope reads as unknown.
 */
@Component
class BroadcastHandler implements CommandHandler<Command.Broadcast> {

    private final NoticeCommunities communities;
    private final BroadcastTargets targets;
    private final Broadcasts broadcasts;

    BroadcastHandler(NoticeCommunities communities, BroadcastTargets targets, Broadcasts broadcasts) {
        this.communities = communities;
        this.targets = targets;
        this.broadcasts = broadcasts;
    }

    @Override
    public CommandCode code() {
        return CommandCode.GB;
    }

    @Override
    public Audience audience() {
        return Audience.REGISTERED;
    }

    @Override
    public CommandResult handle(Command.Broadcast command, CommandContext context) {
        Sender sender = context.sender();
        if (!sender.has(Permission.BROADCAST)) {
            return CommandResult.of(CommandOutcome.FORBIDDEN, ReplyKeys.ERROR_FORBIDDEN);
        }
        Optional<OrgNode> community = communities.of(sender);
        if (community.isEmpty()) {
            return CommandResult.of(CommandOutcome.NOT_FOUND, ReplyKeys.NOTICE_NO_COMMUNITY);
        }
        Optional<BroadcastTarget> target = targets.channelOrScope(community.get(), command.target())
                .filter(t -> sender.isStaffOver(t.scopePath()));
        if (target.isEmpty()) {
            return CommandResult.of(CommandOutcome.NOT_FOUND, ReplyKeys.GB_TARGET_UNKNOWN, command.target());
        }
        // The copies are handed to the outbound route by the release step once this commits.
        Broadcasts.Created created = broadcasts.create(new BroadcastRequest(community.get().getId(),
                Broadcast.AuthorKind.PHONE, sender.phone(), context.inboxId(), command.text(), target.get(), false,
                null, null));
        if (created.recipients() == 0) {
            return CommandResult.of(CommandOutcome.OK, ReplyKeys.GB_EMPTY, target.get().label());
        }
        return new CommandResult(CommandOutcome.OK,
                List.of(Reply.toSender(ReplyKeys.GB_QUEUED, String.valueOf(created.recipients()), target.get().label())),
                "broadcast " + created.id() + " to " + created.recipients());
    }
}

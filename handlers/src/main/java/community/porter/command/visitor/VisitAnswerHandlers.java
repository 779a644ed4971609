package community.porter.command.visitor;

import community.porter.access.message.CommandOutcome;
import community.porter.access.visitor.VisitAnswered;
import community.porter.command.language.ReplyKeys;
import community.porter.command.pipeline.CommandResult;

/** What {@code TY} and {@code JJ} answer when there is no request they may answer. */
final class VisitAnswerHandlers {

    private VisitAnswerHandlers() {
    }

    /** The reply for an answer that did not happen; {@code code} is the approval code typed. */
    static CommandResult notAnswered(VisitAnswered answered, String code) {
        return switch (answered.outcome()) {
            case NO_SUCH_REQUEST -> CommandResult.of(CommandOutcome.NOT_FOUND, ReplyKeys.APPROVAL_NOT_FOUND, code);
            case NOT_ALLOWED -> CommandResult.of(CommandOutcome.FORBIDDEN, ReplyKeys.ERROR_FORBIDDEN);
            case EXPIRED -> CommandResult.of(CommandOutcome.EXPIRED, ReplyKeys.APPROVAL_EXPIRED, code);
            // No pending request has the code any more: for the log, it is not found.
            case ALREADY_ANSWERED -> CommandResult.of(CommandOutcome.NOT_FOUND, ReplyKeys.APPROVAL_HANDLED, code);
            default -> throw new IllegalStateException("not an unanswered outcome: " + answered.outcome());
        };
    }
}

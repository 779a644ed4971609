package community.porter.command.notice;

import community.porter.access.person.Sender;

/** Whether a sender lives in a community now, which decides the notices they get by default. */
final class Residence {

    private Residence() {
    }

    static boolean livesIn(Sender sender, long communityId) {
        return sender.memberships().stream().anyMatch(m -> m.communityId() != null && m.communityId() == communityId);
    }
}

package community.porter.access.notice;

import java.time.Instant;
import java.util.Objects;

/**
 * What staff ask for when they broadcast, the target already resolved.
 *
 * @param communityId the community it is sent in
 * @param authorKind  phone, console user or API client
 * @param author      the phone number, user name or API client
 * @param inboxId     the {@code GB} message that asked for it, else {@code null}
 * @param text        the text every recipient gets
 * @param target      who gets it
 * @param urgent      goes during quiet hours too (an emergency channel always does)
 * @param scheduledAt when it may start; {@code null} for now
 * @param validUntil  nothing is sent after this; {@code null} for no end
 */
public record BroadcastRequest(long communityId, Broadcast.AuthorKind authorKind, String author, Long inboxId,
        String text, BroadcastTarget target, boolean urgent, Instant scheduledAt, Instant validUntil) {

    public BroadcastRequest {
        Objects.requireNonNull(authorKind, "authorKind");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(target, "target");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the text is empty");
        }
        if (validUntil != null && scheduledAt != null && !validUntil.isAfter(scheduledAt)) {
            throw new IllegalArgumentException("validUntil must be after scheduledAt");
        }
    }
}

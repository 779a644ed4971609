package community.porter.access.notice;

/** Whether a phone wants a channel's notices; the row is kept on opt-out to remember it. */
public enum SubscriptionState {
    SUBSCRIBED,
    OPTED_OUT
}

package community.porter.access.event;

/**
 * Published (as a Spring application event) when an integration event is stored; the relay
 * listens for it after the commit, so that an event of a rolled-back change is never published.
 *
 * @param eventId the stored event's id
 */
public record IntegrationEventStored(long eventId) {
}

package community.porter.routes.integration;

/**
 * A message from another application cannot be read: not JSON, not an object, an unknown schema
 * version, a missing or mistyped field. It is dead-lettered with this message as its reason.
 */
public class IntegrationMessageException extends RuntimeException {

    public IntegrationMessageException(String reason) {
        super(reason);
    }

    public IntegrationMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

package community.porter.console.security;

/**
 * What a console user asked for lies outside their part of the organisation tree, or does not
 * exist; the two are answered alike (404), so probing ids tells nothing.
 */
public class OutOfScopeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutOfScopeException() {
        super("Not found in the console user's scope");
    }
}

package community.porter.console.people;

/**
 * A change the rules refuse for a reason the user can fix, such as a room code that names no room
 * of the community: shown at the form field, nothing is stored.
 */
class ChangeRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;

    ChangeRefusedException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** The form field to mark. */
    String field() {
        return field;
    }

    /** The key of the text that says what is wrong. */
    String messageKey() {
        return messageKey;
    }
}

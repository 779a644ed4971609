package community.porter.access.person;

/** A phone number that cannot be turned into E.164; the message says why, for a reply or a form. */
public class InvalidPhoneNumberException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String raw;

    public InvalidPhoneNumberException(String raw, String reason) {
        super("invalid phone number '" + raw + "': " + reason);
        this.raw = raw;
    }

    /** The number as it was given. */
    public String getRaw() {
        return raw;
    }
}

package community.porter.console.users;

/**
 * A user change the rules refuse for a reason worth telling: a taken user name, a weak password,
 * a role that does not fit. {@code field} names the form field to mark, or is {@code null} when
 * the refusal concerns the whole request (changing oneself). Nothing is stored.
 */
class UserRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;

    UserRefusedException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }
}

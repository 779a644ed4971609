package community.porter.console.api;

/** Phone numbers as they arrive in query strings. */
final class QueryPhones {

    private QueryPhones() {
    }

    /**
     * An E.164 number from a query parameter. An unencoded {@code +} arrives as a space
     * ({@code ?phone=+86…}); callers mean the plus, so it is put back.
     */
    static String fromQuery(String raw) {
        String phone = raw.strip();
        return raw.startsWith(" ") && !phone.startsWith("+") ? "+" + phone : phone;
    }
}

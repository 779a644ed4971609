package community.porter.access.card;

/** A card number given for a new card belongs to a card already: numbers are unique for good. */
public class CardNumberTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String number;

    public CardNumberTakenException(String number) {
        super("card number " + number + " is taken");
        this.number = number;
    }

    public String getNumber() {
        return number;
    }
}

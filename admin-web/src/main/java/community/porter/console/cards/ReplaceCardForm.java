package community.porter.console.cards;

/** The form that replaces a card: the number of the new one. */
public class ReplaceCardForm {

    private String number;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}

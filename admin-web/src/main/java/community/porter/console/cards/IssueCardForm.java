package community.porter.console.cards;

/** The form that issues a card: its number and the holder, named by one of their phones. */
public class IssueCardForm {

    private String number;
    private String holderPhone;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getHolderPhone() {
        return holderPhone;
    }

    public void setHolderPhone(String holderPhone) {
        this.holderPhone = holderPhone;
    }
}

package community.porter.console.visitors;

/** The form that blacklists a visitor phone in one community, with an optional reason. */
public class BlacklistForm {

    private Long community;
    private String phone;
    private String reason;

    public Long getCommunity() {
        return community;
    }

    public void setCommunity(Long community) {
        this.community = community;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

package community.porter.console.broadcasts;

import java.util.ArrayList;
import java.util.List;

/**
 * The compose form as posted. Times are kept as typed ({@code datetime-local}, the community's
 * time zone) so that a malformed one is a field error on the form, not a binding failure.
 */
public class BroadcastForm {

    /** The target kinds the form offers; roles narrow a {@code SCOPE}. */
    enum Kind { CHANNEL, SCOPE, LIST }

    private Long community;
    private String text = "";
    private String targetKind = Kind.CHANNEL.name();
    private String channel;
    private String scope = "ALL";
    private String room;
    private List<String> roles = new ArrayList<>();
    private String list;
    private String sendAt;
    private String validUntil;
    private boolean urgent;

    public Long getCommunity() { return community; }
    public void setCommunity(Long community) { this.community = community; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getTargetKind() { return targetKind; }
    public void setTargetKind(String targetKind) { this.targetKind = targetKind; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public String getRoom() { return room; }
    public void setRoom(String room) { this.room = room; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles == null ? new ArrayList<>() : roles; }
    public String getList() { return list; }
    public void setList(String list) { this.list = list; }
    public String getSendAt() { return sendAt; }
    public void setSendAt(String sendAt) { this.sendAt = sendAt; }
    public String getValidUntil() { return validUntil; }
    public void setValidUntil(String validUntil) { this.validUntil = validUntil; }
    public boolean isUrgent() { return urgent; }
    public void setUrgent(boolean urgent) { this.urgent = urgent; }
}

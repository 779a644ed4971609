package community.porter.access.door;

import community.porter.access.org.OrgNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A door of a community: a unit entrance (code {@code 3-1}, node = the unit) or a gate (code
 * {@code GATE} or a name, node = the community or a building). It is driven by the door
 * controller {@code controllerId}, whose heartbeats keep it online.
 */
@Entity
@Table(name = "door")
public class Door {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(length = 100)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false)
    private OrgNode community;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "node_id", nullable = false)
    private OrgNode node;

    @Column(name = "controller_id", nullable = false, length = 64)
    private String controllerId;

    @Column(nullable = false)
    private boolean online;

    @Column(name = "last_heartbeat")
    private Instant lastHeartbeat;

    protected Door() {
    }

    public Door(OrgNode community, OrgNode node, String code, String name, String controllerId) {
        this.community = Objects.requireNonNull(community, "community");
        this.node = Objects.requireNonNull(node, "node");
        this.code = Objects.requireNonNull(code, "code");
        this.name = name;
        this.controllerId = Objects.requireNonNull(controllerId, "controllerId");
    }

    /** The controller reported in: the door is online. */
    public void heartbeat(Instant at) {
        lastHeartbeat = Objects.requireNonNull(at, "at");
        online = true;
    }

    /** The controller went silent or reported itself offline. */
    public void markOffline() {
        online = false;
    }

    /** Moves the door to another controller (hardware replaced); online again at its heartbeat. */
    public void attachTo(String newControllerId) {
        controllerId = Objects.requireNonNull(newControllerId, "newControllerId");
        online = false;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrgNode getCommunity() {
        return community;
    }

    public OrgNode getNode() {
        return node;
    }

    public String getControllerId() {
        return controllerId;
    }

    public boolean isOnline() {
        return online;
    }

    public Instant getLastHeartbeat() {
        return lastHeartbeat;
    }

    @Override
    public String toString() {
        return "Door[" + id + " " + code + "]";
    }
}

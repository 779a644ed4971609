package community.porter.access.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A room (flat) in a unit. Its code is what people type, {@code building-unit-room} such as
 * {@code 3-1-201}, and is unique within the community.
 */
@Entity
@Table(name = "room")
public class Room {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgNode unit;

    /** Denormalised from the unit's ancestors: room codes are unique per community. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false)
    private OrgNode community;

    @Column(nullable = false, length = 32)
    private String code;

    protected Room() {
    }

    public Room(OrgNode community, OrgNode unit, String code) {
        this.community = Objects.requireNonNull(community, "community");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.code = Objects.requireNonNull(code, "code");
    }

    public Long getId() {
        return id;
    }

    public OrgNode getUnit() {
        return unit;
    }

    public OrgNode getCommunity() {
        return community;
    }

    public String getCode() {
        return code;
    }

    @Override
    public String toString() {
        return "Room[" + id + " " + code + "]";
    }
}

package community.porter.access.person;

import community.porter.access.org.OrgNode;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person's staff role over a node of the organisation tree: the permissions apply to the rooms
 * and doors at or under that node. Staff on duty receive approval requests for rooms without
 * residents and repair notices.
 */
@Entity
@Table(name = "staff_role")
public class StaffRole {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "node_id", nullable = false)
    private OrgNode node;

    @Convert(converter = PermissionsConverter.class)
    @Column(nullable = false, length = 100)
    private Set<Permission> permissions = EnumSet.noneOf(Permission.class);

    @Column(name = "on_duty", nullable = false)
    private boolean onDuty = true;

    protected StaffRole() {
    }

    public StaffRole(Person person, OrgNode node, Set<Permission> permissions) {
        this.person = Objects.requireNonNull(person, "person");
        this.node = Objects.requireNonNull(node, "node");
        grantOnly(permissions);
    }

    /** Replaces the permissions. */
    public void grantOnly(Set<Permission> newPermissions) {
        // A fresh set: Hibernate dirty-checks the converted value, not mutations of the same set.
        this.permissions = newPermissions.isEmpty()
                ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(newPermissions);
    }

    public void goOnDuty() {
        onDuty = true;
    }

    public void goOffDuty() {
        onDuty = false;
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public OrgNode getNode() {
        return node;
    }

    public Set<Permission> getPermissions() {
        return Collections.unmodifiableSet(permissions);
    }

    public boolean isOnDuty() {
        return onDuty;
    }
}

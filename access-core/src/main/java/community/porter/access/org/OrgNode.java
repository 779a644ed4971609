package community.porter.access.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A node of the organisation tree (district down to unit). Administrators and staff belong to a
 * node and act on everything at or under it.
 *
 * <p>{@link #getPath() path} lists the ids from the root down to this node, e.g. {@code /1/4/9/},
 * so a node is at or under node 4 exactly when its path starts with node 4's path.
 */
@Entity
@Table(name = "org_node")
public class OrgNode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrgNodeType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgNode parent;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 255)
    private String path;

    protected OrgNode() {
    }

    /** A root node (normally a district). */
    public OrgNode(OrgNodeType type, String code, String name) {
        this(null, type, code, name);
    }

    /** A child of {@code parent}. */
    public OrgNode(OrgNode parent, OrgNodeType type, String code, String name) {
        this.parent = parent;
        this.type = Objects.requireNonNull(type, "type");
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        // The own id is only known after the insert; until then the path is the parent's.
        this.path = parentPath();
    }

    /** Completes the path once the database has assigned the id; flushed as an update. */
    @PostPersist
    void completePath() {
        path = parentPath() + id + "/";
    }

    private String parentPath() {
        return parent == null ? "/" : parent.getPath();
    }

    /** True when this node is {@code ancestor} itself or lies under it. */
    public boolean isAtOrUnder(OrgNode ancestor) {
        return path.startsWith(ancestor.getPath());
    }

    /** Renames the node; its code and place in the tree stay. */
    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "newName");
    }

    public Long getId() {
        return id;
    }

    public OrgNodeType getType() {
        return type;
    }

    public OrgNode getParent() {
        return parent;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getPath() {
        return path;
    }

    @Override
    public String toString() {
        return "OrgNode[" + id + " " + type + " " + code + "]";
    }
}

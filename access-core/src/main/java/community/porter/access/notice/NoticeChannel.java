package community.porter.access.notice;

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
import java.util.Objects;

/**
 * A notice channel of a community, e.g. {@code TZ} general notices, {@code TS} water and power
 * outages, {@code AQ} security alerts. Emergency channels may reach phones that opted out.
 */
@Entity
@Table(name = "notice_channel")
public class NoticeChannel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false)
    private OrgNode community;

    @Column(nullable = false, length = 8)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "name_en", length = 100)
    private String nameEn;

    @Column(nullable = false)
    private boolean emergency;

    protected NoticeChannel() {
    }

    public NoticeChannel(OrgNode community, String code, String name, String nameEn,
            boolean emergency) {
        this.community = Objects.requireNonNull(community, "community");
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.nameEn = nameEn;
        this.emergency = emergency;
    }

    public Long getId() {
        return id;
    }

    public OrgNode getCommunity() {
        return community;
    }

    public String getCode() {
        return code;
    }

    /** The Chinese name. */
    public String getName() {
        return name;
    }

    /** The English name; {@code null} when there is none (show the Chinese one). */
    public String getNameEn() {
        return nameEn;
    }

    public boolean isEmergency() {
        return emergency;
    }
}

package community.porter.access.demo;

import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import community.porter.access.org.Room;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo community {@value #CODE} with the fixed facts of SPEC section 9:
 *
 * <ul>
 *   <li>the tree 演示区 (district) → 演示街道 (street office) → 演示社区居委会 (committee) →
 *       {@code DEMO}, buildings {@code 1}–{@code 3}, units {@code 1-1}…{@code 3-2}, rooms
 *       {@code 101}–{@code 104} and {@code 201}–{@code 204} per unit ({@code 1-1-101} …);
 *   <li>door {@code GATE} (controller {@code ctl-gate}) and one door per unit entrance,
 *       {@code 1-1} … {@code 3-2} (controllers {@code ctl-1-1} …), offline until their
 *       controllers report in;
 *   <li>张三 {@value #OWNER_PHONE}, owner of {@code 1-1-101}, card {@code D0001}; 李四
 *       {@value #FAMILY_PHONE}, family of {@code 1-1-101}, card {@code D0002}; 赵六
 *       {@value #TENANT_PHONE}, tenant of {@code 2-1-201}, no card; staff 王五
 *       {@value #STAFF_PHONE} with every permission over the whole community, on duty. All
 *       phones are active; each person's ID ends in the last four digits of their phone;
 *   <li>notice channels {@code TZ}, {@code TS} and {@code AQ} (emergency).
 * </ul>
 *
 * <p>Extra residents for load tests get phones {@value #FIRST_EXTRA_PHONE} upwards, one room each
 * in extra buildings {@code 4}, {@code 5}, … (see {@link DemoResidents}). Console users are not
 * created here.
 */
@Service
public class DemoCommunity {

    public static final String CODE = "DEMO";
    public static final String OWNER_PHONE = "+8613800000001";
    public static final String FAMILY_PHONE = "+8613800000002";
    public static final String TENANT_PHONE = "+8613800000003";
    public static final String STAFF_PHONE = "+8613900000001";
    public static final String FIRST_EXTRA_PHONE = "+8613810000000";

    private static final Logger log = LoggerFactory.getLogger(DemoCommunity.class);

    private final OrgNodeRepository nodes;
    private final DemoSite site;
    private final DemoPeople people;
    private final DemoResidents residents;
    private final Clock clock;

    DemoCommunity(OrgNodeRepository nodes, DemoSite site, DemoPeople people,
            DemoResidents residents, ObjectProvider<Clock> clock) {
        this.nodes = nodes;
        this.site = site;
        this.people = people;
        this.residents = residents;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** True when the demo community is already there. */
    @Transactional(readOnly = true)
    public boolean exists() {
        return nodes.existsByTypeAndCode(OrgNodeType.COMMUNITY, CODE);
    }

    /**
     * Creates the demo community and {@code extraResidents} more residents, unless the community
     * already exists (then nothing changes, whatever {@code extraResidents} is).
     */
    @Transactional
    public void seed(int extraResidents) {
        if (extraResidents < 0) {
            throw new IllegalArgumentException("extraResidents < 0: " + extraResidents);
        }
        if (exists()) {
            log.info("Demo community {} exists; not seeding again", CODE);
            return;
        }
        Instant now = clock.instant();
        OrgNode community = site.buildCommunity(CODE);
        Map<String, Room> rooms = site.buildFixedBuildings(community);
        site.addChannels(community);
        people.addFixedPeople(community, rooms, now);
        if (extraResidents > 0) {
            residents.add(community, extraResidents, now);
        }
        log.info("Demo community {} seeded with {} extra residents", CODE, extraResidents);
    }
}

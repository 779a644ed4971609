package community.porter.access.demo;

import community.porter.access.org.OrgNode;
import community.porter.access.person.MembershipRole;
import community.porter.access.person.PhoneStatus;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bulk residents of the demo community for load tests: resident {@code i} (from 0) has phone
 * {@code +8613810000000 + i}, a Chinese name, and is the owner of one room of its own.
 *
 * <p>Rooms fill extra buildings from {@code 4} upwards, {@value #RESIDENTS_PER_BUILDING} per
 * building: two units of ten floors with five rooms each ({@code 4-1-101} … {@code 4-1-1005},
 * {@code 4-2-101} …); every unit has its entrance door. People, phones, rooms and memberships
 * go in with batched JDBC, since Hibernate cannot batch inserts with database-assigned ids.
 */
@Component
class DemoResidents {

    static final int FIRST_BUILDING = DemoSite.FIXED_BUILDINGS + 1;
    static final int FLOORS = 10;
    static final int ROOMS_PER_FLOOR = 5;
    static final int RESIDENTS_PER_UNIT = FLOORS * ROOMS_PER_FLOOR;
    static final int RESIDENTS_PER_BUILDING = DemoSite.UNITS_PER_BUILDING * RESIDENTS_PER_UNIT;
    /** Highest number the phone range allows: +8613810000000 … +8613819999999. */
    static final int MAX_RESIDENTS = 10_000_000;

    private static final long FIRST_PHONE_NUMBER =
            Long.parseLong(DemoCommunity.FIRST_EXTRA_PHONE.substring(1));
    private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯"
            + "邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈").split("");
    private static final String[] GIVEN_NAMES = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强",
        "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英",
        "华", "建国", "志强", "淑珍", "海燕", "晓东", "子涵"};

    private final DemoSite site;
    private final EntityManager entityManager;
    private final BatchInserter inserter;

    DemoResidents(DemoSite site, EntityManager entityManager, JdbcTemplate jdbc) {
        this.site = site;
        this.entityManager = entityManager;
        this.inserter = new BatchInserter(jdbc);
    }

    /** Adds {@code count} residents to the community; runs in the caller's transaction. */
    void add(OrgNode community, int count, Instant now) {
        if (count > MAX_RESIDENTS) {
            throw new IllegalArgumentException("at most " + MAX_RESIDENTS + " extra residents");
        }
        List<Long> unitIds = addUnits(community, count);
        // The JDBC inserts below refer to the units: write them (and their paths) first.
        entityManager.flush();
        LocalDateTime created = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        Long communityId = community.getId();

        List<Long> roomIds = inserter.insert(
                "INSERT INTO room (unit_id, community_id, code) VALUES (?, ?, ?)", count,
                (ps, i) -> {
                    ps.setLong(1, unitIds.get(i / RESIDENTS_PER_UNIT));
                    ps.setLong(2, communityId);
                    ps.setString(3, roomCode(i));
                });
        List<Long> personIds = inserter.insert(
                "INSERT INTO person (name, id_last4, created_at) VALUES (?, ?, ?)", count,
                (ps, i) -> {
                    String phone = phone(i);
                    ps.setString(1, name(i));
                    ps.setString(2, phone.substring(phone.length() - 4));
                    ps.setObject(3, created);
                });
        inserter.insert("INSERT INTO phone (e164, person_id, status, opted_out_all, created_at)"
                + " VALUES (?, ?, ?, FALSE, ?)", count,
                (ps, i) -> {
                    ps.setString(1, phone(i));
                    ps.setLong(2, personIds.get(i));
                    ps.setString(3, PhoneStatus.ACTIVE.name());
                    ps.setObject(4, created);
                });
        inserter.insert("INSERT INTO room_membership (person_id, room_id, role) VALUES (?, ?, ?)",
                count,
                (ps, i) -> {
                    ps.setLong(1, personIds.get(i));
                    ps.setLong(2, roomIds.get(i));
                    ps.setString(3, MembershipRole.OWNER.name());
                });
    }

    /** The phone of extra resident {@code i}. */
    static String phone(int i) {
        return "+" + (FIRST_PHONE_NUMBER + i);
    }

    /** The room code of extra resident {@code i}, e.g. {@code 4-1-101}. */
    static String roomCode(int i) {
        int building = FIRST_BUILDING + i / RESIDENTS_PER_BUILDING;
        int unit = 1 + (i % RESIDENTS_PER_BUILDING) / RESIDENTS_PER_UNIT;
        int inUnit = i % RESIDENTS_PER_UNIT;
        int room = (1 + inUnit / ROOMS_PER_FLOOR) * 100 + 1 + inUnit % ROOMS_PER_FLOOR;
        return building + "-" + unit + "-" + room;
    }

    static String name(int i) {
        return SURNAMES[i % SURNAMES.length]
                + GIVEN_NAMES[(i / SURNAMES.length) % GIVEN_NAMES.length];
    }

    /** The units the residents need, in order: resident i lives in unit i / 50. */
    private List<Long> addUnits(OrgNode community, int count) {
        int buildings = (count + RESIDENTS_PER_BUILDING - 1) / RESIDENTS_PER_BUILDING;
        List<Long> unitIds = new ArrayList<>(buildings * DemoSite.UNITS_PER_BUILDING);
        for (int b = 0; b < buildings; b++) {
            for (OrgNode unit : site.addBuilding(community, FIRST_BUILDING + b)) {
                unitIds.add(unit.getId());
            }
        }
        return unitIds;
    }
}

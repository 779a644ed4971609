package community.porter.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.porter.access.console.ConsoleRole;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeType;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/** Where a console user's part of the tree begins and ends. */
class ConsoleActorTest {

    private final ConsoleActor committeeAdmin = new ConsoleActor(7, "wei", ConsoleRole.COMMITTEE_ADMIN, 4, "/1/2/4/");

    @Test
    void theOwnNodeAndEverythingUnderItAreCovered() {
        assertThat(committeeAdmin.coversPath("/1/2/4/")).isTrue();
        assertThat(committeeAdmin.coversPath("/1/2/4/9/31/")).isTrue();
        assertThat(committeeAdmin.covers(node("/1/2/4/9/"))).isTrue();
    }

    @Test
    void parentsSiblingsAndLookAlikeIdsAreNot() {
        assertThat(committeeAdmin.coversPath("/1/2/")).as("the parent").isFalse();
        assertThat(committeeAdmin.coversPath("/1/2/5/")).as("a sibling").isFalse();
        assertThat(committeeAdmin.coversPath("/1/2/44/")).as("an id starting with the same digit").isFalse();
        assertThat(committeeAdmin.coversPath(null)).isFalse();
        assertThat(committeeAdmin.covers(null)).isFalse();
    }

    @Test
    void requireRefusesANodeOutsideAsIfItDidNotExist() {
        OrgNode inside = node("/1/2/4/9/");
        assertThat(committeeAdmin.require(inside)).isSameAs(inside);
        assertThatThrownBy(() -> committeeAdmin.require(node("/1/2/5/"))).isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void theAuditNamesTheConsoleUserAndStaffAreNoAdministrators() {
        assertThat(committeeAdmin.auditName()).isEqualTo("console:wei");
        assertThat(committeeAdmin.isAdministrator()).isTrue();
        assertThat(new ConsoleActor(8, "li", ConsoleRole.STAFF, 9, "/1/2/4/9/").isAdministrator()).isFalse();
    }

    @Test
    void onlyAUserOfANodeWithoutParentIsAtTheRootOfTheTree() {
        assertThat(new ConsoleActor(1, "root", ConsoleRole.DISTRICT_ADMIN, 1, "/1/").isAtTreeRoot()).isTrue();
        assertThat(new ConsoleActor(1, "root", ConsoleRole.DISTRICT_ADMIN, 12, "/12/").isAtTreeRoot()).isTrue();
        assertThat(committeeAdmin.isAtTreeRoot()).isFalse();
        assertThat(new ConsoleActor(1, "st", ConsoleRole.STREET_ADMIN, 2, "/1/2/").isAtTreeRoot()).isFalse();
    }

    /** A node as the database would have completed it: the path is set after the insert. */
    private static OrgNode node(String path) {
        OrgNode node = new OrgNode(OrgNodeType.COMMUNITY, "X", "X");
        try {
            Field field = OrgNode.class.getDeclaredField("path");
            field.setAccessible(true);
            field.set(node, path);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return node;
    }
}

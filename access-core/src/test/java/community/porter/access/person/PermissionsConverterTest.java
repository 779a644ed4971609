package community.porter.access.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionsConverterTest {

    private final PermissionsConverter converter = new PermissionsConverter();

    @Test
    void permissionsAreStoredAsACommaListInEnumOrder() {
        Set<Permission> unordered = new LinkedHashSet<>(
                List.of(Permission.QUERY, Permission.DOOR, Permission.BLACKLIST));

        assertThat(converter.convertToDatabaseColumn(unordered)).isEqualTo("DOOR,BLACKLIST,QUERY");
        assertThat(converter.convertToDatabaseColumn(Set.of())).isEmpty();
    }

    @Test
    void theListIsReadBackToleratingSpacesAndBlanks() {
        assertThat(converter.convertToEntityAttribute(" DOOR, ,VISITOR "))
                .isEqualTo(EnumSet.of(Permission.DOOR, Permission.VISITOR));
        assertThat(converter.convertToEntityAttribute("")).isEmpty();
        assertThat(converter.convertToEntityAttribute(
                converter.convertToDatabaseColumn(EnumSet.allOf(Permission.class))))
                .isEqualTo(EnumSet.allOf(Permission.class));
    }
}

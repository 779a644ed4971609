package community.porter.access.person;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of permissions as a comma list in enum order, e.g. {@code DOOR,VISITOR}. */
@Converter
public class PermissionsConverter implements AttributeConverter<Set<Permission>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Permission> permissions) {
        if (permissions == null) {
            return "";
        }
        // Through an EnumSet so the list comes out in enum order, whatever set was given.
        Set<Permission> ordered = EnumSet.noneOf(Permission.class);
        ordered.addAll(permissions);
        return ordered.stream()
                .map(Enum::name)
                .collect(Collectors.joining(","));
    }

    @Override
    public Set<Permission> convertToEntityAttribute(String column) {
        return parse(column);
    }

    /** Parses a comma list; blanks and surrounding spaces are ignored. */
    public static Set<Permission> parse(String column) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        if (column == null) {
            return permissions;
        }
        for (String name : column.split(",")) {
            if (!name.isBlank()) {
                permissions.add(Permission.valueOf(name.trim()));
            }
        }
        return permissions;
    }
}

package community.porter.modem.at;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Splits the parameters of an information response ({@code "SM",3,20} → {@code SM}, {@code 3},
 * {@code 20}) at commas outside double quotes, and unquotes them. An alphanumeric sender name
 * with a comma in it ({@code +CMGL: 1,0,"Smith, J",24}) stays one field.
 */
final class AtFields {

    private AtFields() {
    }

    /**
     * @param value the text after the prefix
     * @return the fields, stripped and unquoted; empty fields stay as empty strings
     */
    static List<String> split(String value) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }

    /**
     * @param line   a line
     * @param prefix its prefix, e.g. {@code +CSQ:}
     * @return the text after the prefix, or the whole line stripped when it does not start with it
     */
    static String afterPrefix(String line, String prefix) {
        String stripped = line.strip();
        return stripped.regionMatches(true, 0, prefix, 0, prefix.length())
                ? stripped.substring(prefix.length()).strip() : stripped;
    }

    /**
     * @param field a field
     * @return its value when it is a decimal number that fits an int
     */
    static OptionalInt number(String field) {
        return ErrorCodes.number(field);
    }
}

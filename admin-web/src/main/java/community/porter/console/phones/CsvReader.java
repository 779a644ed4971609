package community.porter.console.phones;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records (RFC 4180): fields separated by commas, a field in double quotes may
 * hold commas, line breaks and doubled quotes ({@code ""}); lines end with CRLF or LF. Lenient
 * where spreadsheets are sloppy: a quote inside an unquoted field is kept as a character, and an
 * unterminated quoted field runs to the end of the text.
 */
final class CsvReader {

    /**
     * One record.
     *
     * @param line   the (1-based) line on which the record starts, as a spreadsheet numbers it
     * @param fields the fields, unquoted
     */
    record Record(int line, List<String> fields) {

        /** A line with nothing on it: skipped, as spreadsheets leave them at the end. */
        boolean blank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    private CsvReader() {
    }

    static List<Record> read(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean fieldStart = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                records.add(new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                fieldStart = true;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStart = false;
            }
            i++;
        }
        if (!fields.isEmpty() || !field.isEmpty() || quoted) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }
}

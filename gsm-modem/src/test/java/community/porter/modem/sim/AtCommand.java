package community.porter.modem.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * One command of a command line, as V.250 and 27.007 read it: {@code +CMGS=23},
 * {@code +CPIN?}, {@code +CNMI=?}, {@code ^CURC=0}, or a basic one such as {@code E0} or
 * {@code &F}.
 *
 * @param name      upper case: {@code +CMGS}, {@code ^ICCID}, {@code E}, {@code &F}, {@code S0}
 * @param form      which of the four forms
 * @param arguments the arguments after {@code =} (or a basic command's number), split at commas
 *                  outside quotes, trimmed, quotes kept
 */
record AtCommand(String name, Form form, List<String> arguments) {

    /** The four forms of a command. */
    enum Form { EXECUTE, SET, READ, TEST }

    /**
     * Splits what follows {@code AT} into its commands; {@code ;} separates extended commands,
     * basic commands run together ({@code E0V1}).
     *
     * @param body the line after {@code AT}
     * @return the commands, in order; none for a bare {@code AT}
     * @throws IllegalArgumentException when the line is not well formed
     */
    static List<AtCommand> parseLine(String body) {
        List<AtCommand> commands = new ArrayList<>();
        for (String part : splitOutsideQuotes(body, ';')) {
            String text = part.trim();
            if (text.isEmpty()) {
                continue;
            }
            if (isExtendedPrefix(text.charAt(0))) {
                commands.add(parseExtended(text));
            } else {
                parseBasic(text, commands);
            }
        }
        return commands;
    }

    private static boolean isExtendedPrefix(char c) {
        return c == '+' || c == '^' || c == '$' || c == '%' || c == '*' || c == '#';
    }

    private static AtCommand parseExtended(String text) {
        int end = 1;
        while (end < text.length() && text.charAt(end) != '=' && text.charAt(end) != '?') {
            end++;
        }
        String name = text.substring(0, end).toUpperCase(Locale.ROOT).trim();
        if (name.length() < 2) {
            throw new IllegalArgumentException("no command name in '" + text + "'");
        }
        String rest = text.substring(end);
        if (rest.isEmpty()) {
            return new AtCommand(name, Form.EXECUTE, List.of());
        }
        if (rest.equals("?")) {
            return new AtCommand(name, Form.READ, List.of());
        }
        if (rest.equals("=?")) {
            return new AtCommand(name, Form.TEST, List.of());
        }
        if (rest.startsWith("=")) {
            return new AtCommand(name, Form.SET, splitArguments(rest.substring(1)));
        }
        throw new IllegalArgumentException("cannot read '" + text + "'");
    }

    /** E0, V1, Q0, Z, I, &F, &W, &C1, &D2, S0=0, S3? … one after another. */
    private static void parseBasic(String text, List<AtCommand> commands) {
        String upper = text.toUpperCase(Locale.ROOT);
        int i = 0;
        while (i < upper.length()) {
            char c = upper.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            StringBuilder name = new StringBuilder();
            if (c == '&') {
                if (i + 1 >= upper.length() || !Character.isLetter(upper.charAt(i + 1))) {
                    throw new IllegalArgumentException("'&' without a letter in '" + text + "'");
                }
                name.append('&').append(upper.charAt(i + 1));
                i += 2;
            } else if (Character.isLetter(c)) {
                name.append(c);
                i++;
            } else {
                throw new IllegalArgumentException("unexpected '" + c + "' in '" + text + "'");
            }
            int digits = i;
            while (i < upper.length() && Character.isDigit(upper.charAt(i))) {
                i++;
            }
            String number = upper.substring(digits, i);
            if (name.toString().equals("S")) {
                name.append(number);
                if (i < upper.length() && upper.charAt(i) == '?') {
                    commands.add(new AtCommand(name.toString(), Form.READ, List.of()));
                    i++;
                } else if (i < upper.length() && upper.charAt(i) == '=') {
                    int value = ++i;
                    while (i < upper.length() && Character.isDigit(upper.charAt(i))) {
                        i++;
                    }
                    commands.add(new AtCommand(name.toString(), Form.SET, List.of(upper.substring(value, i))));
                } else {
                    commands.add(new AtCommand(name.toString(), Form.EXECUTE, List.of()));
                }
            } else {
                commands.add(new AtCommand(name.toString(), Form.EXECUTE,
                        number.isEmpty() ? List.of() : List.of(number)));
            }
        }
    }

    private static List<String> splitArguments(String text) {
        List<String> arguments = new ArrayList<>();
        for (String argument : splitOutsideQuotes(text, ',')) {
            arguments.add(argument.trim());
        }
        return List.copyOf(arguments);
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unbalanced quotes in '" + text + "'");
        }
        parts.add(current.toString());
        return parts;
    }

    /** @return how many arguments there are */
    int count() {
        return arguments.size();
    }

    /**
     * @param index from 0
     * @return the argument without its quotes; empty when it was left out
     */
    String text(int index) {
        if (index >= arguments.size()) {
            return "";
        }
        String argument = arguments.get(index);
        return argument.length() >= 2 && argument.startsWith("\"") && argument.endsWith("\"")
                ? argument.substring(1, argument.length() - 1) : argument;
    }

    /**
     * @param index from 0
     * @return the argument as a number; empty when it was left out
     * @throws IllegalArgumentException when it is there and not a number
     */
    OptionalInt number(int index) {
        String argument = text(index);
        if (argument.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(argument));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + argument + "' is not a number", e);
        }
    }

    /**
     * @param index    from 0
     * @param fallback when the argument was left out
     * @return the number
     */
    int number(int index, int fallback) {
        return number(index).orElse(fallback);
    }
}

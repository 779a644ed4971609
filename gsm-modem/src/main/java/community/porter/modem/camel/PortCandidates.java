package community.porter.modem.camel;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The serial devices a re-enumerated modem may have come back under: every existing path that
 * matches one of the patterns, whose last name may hold glob wildcards ({@code /dev/ttyUSB*}).
 */
final class PortCandidates {

    private PortCandidates() {
    }

    /**
     * @param patterns absolute paths whose last name may be a glob
     * @return the existing paths matching them, sorted, each once
     */
    static List<String> list(List<String> patterns) {
        TreeSet<String> found = new TreeSet<>();
        for (String pattern : patterns) {
            Path path = Path.of(pattern);
            Path directory = path.getParent();
            if (directory == null || path.getFileName() == null || !Files.isDirectory(directory)) {
                continue;
            }
            try (DirectoryStream<Path> matches = Files.newDirectoryStream(directory, path.getFileName().toString())) {
                for (Path match : matches) {
                    if (Files.exists(match)) {
                        found.add(match.toString());
                    }
                }
            } catch (IOException | DirectoryIteratorException e) {
                // An unreadable directory has no candidates; the others may.
            }
        }
        return new ArrayList<>(found);
    }
}

package dev.kulis.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the third-party data folder ({@code ../shared/data} beside the project), which is never part of the
 * repository: the system property {@code kulis.shared} (set by the build for tests), else {@code ../shared}
 * and {@code ../../shared} from the working directory.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Optional<Path> root() {
        String prop = System.getProperty("kulis.shared");
        if (prop != null && Files.isDirectory(Path.of(prop, "data"))) {
            return Optional.of(Path.of(prop).toAbsolutePath().normalize());
        }
        for (String cand : new String[] {"../shared", "../../shared"}) {
            Path p = Path.of(cand);
            if (Files.isDirectory(p.resolve("data"))) {
                return Optional.of(p.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    /** A path under {@code shared/data}, if that folder and the path exist. */
    public static Optional<Path> data(String relative) {
        return root().map(r -> r.resolve("data").resolve(relative)).filter(Files::exists);
    }

    /** A path under {@code shared/} (seed, gold), if it exists. */
    public static Optional<Path> shared(String relative) {
        return root().map(r -> r.resolve(relative)).filter(Files::exists);
    }
}

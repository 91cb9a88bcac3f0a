package vn.loa.agent.cache;

import java.io.IOException;
import java.nio.file.Path;

/** Brings a rendition's bytes into a partial file, resuming from what the file already holds. */
@FunctionalInterface
public interface Download {

    void into(String sha256, Path partial) throws IOException;
}

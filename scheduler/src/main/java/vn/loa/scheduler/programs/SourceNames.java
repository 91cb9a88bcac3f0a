package vn.loa.scheduler.programs;

/** Names of uploaded source files, which a program's title starts from until ingest reads the file's own tags. */
public final class SourceNames {

    private SourceNames() {
    }

    /** "bản tin 12.mp3" → "bản tin 12"; a name that starts with its only dot keeps it. */
    public static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

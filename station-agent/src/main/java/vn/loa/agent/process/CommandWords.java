package vn.loa.agent.process;

import java.util.ArrayList;
import java.util.List;

/** A command line as the officer types it in a flag, into the words a process is started with. */
public final class CommandWords {

    private CommandWords() {
    }

    /** Splits a command line on spaces, keeping "quoted parts" together. */
    public static List<String> split(String commandLine) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : commandLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}

package vn.loa.agent.outbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What an airing's sound attests (issue 20): the fingerprint blocks and level of what the agent rendered, and of what
 * its capture input heard; any of them null when it has none.
 */
public record AiredSound(String renderedPrint, Double renderedLevelDb, String heardPrint, Double heardLevelDb) {

    void into(ObjectNode record) {
        if (renderedPrint != null) {
            record.put("rendered_print", renderedPrint);
        }
        if (renderedLevelDb != null) {
            record.put("rendered_level_db", renderedLevelDb);
        }
        if (heardPrint != null) {
            record.put("heard_print", heardPrint);
        }
        if (heardLevelDb != null) {
            record.put("heard_level_db", heardLevelDb);
        }
    }
}

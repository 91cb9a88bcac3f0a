package vn.loa.scheduler.config;

/** The configuration cannot be used; the message names the key, its source and what is expected. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}

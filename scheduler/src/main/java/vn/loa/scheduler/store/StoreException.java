package vn.loa.scheduler.store;

/** The store could not do what was asked (file unreadable, disk full, database locked too long). */
public final class StoreException extends RuntimeException {

    public StoreException(String what, Throwable cause) {
        super(what + ": " + cause.getMessage(), cause);
    }
}

package community.porter.modem.camel;

/** Where a {@link ModemWorker} is in its life. Only a {@link #RUNNING} modem sends or receives. */
public enum ModemState {
    /** Opening the port and running the start-up sequence. */
    STARTING,
    /** Initialised: sends, receives and sweeps. */
    RUNNING,
    /** Stopped answering or lost its port: being reset and reopened, with back-off. */
    RECOVERING,
    /** Stopped for good (the endpoint stopped, or the SIM needs a person). */
    STOPPED
}

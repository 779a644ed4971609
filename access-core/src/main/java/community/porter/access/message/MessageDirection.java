package community.porter.access.message;

/** Which way a message went: received by Porter or sent by it. */
public enum MessageDirection {
    IN, OUT
}

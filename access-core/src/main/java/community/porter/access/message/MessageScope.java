package community.porter.access.message;

import community.porter.access.person.PersonScope;
import java.util.Objects;

/**
 * Which messages an administrator may read: those to or from a phone whose person lies at or
 * under the node with {@code path} ({@link PersonScope}), and, for the administrators at the root
 * of the tree, also those of phones nobody registered (visitors, strangers), which belong to no
 * part of the tree.
 *
 * @param path the node path, e.g. {@code /1/4/}, bound as {@code :scopePath}
 * @param unregistered whether messages of unregistered phones are in scope as well
 */
public record MessageScope(String path, boolean unregistered) {

    public MessageScope {
        Objects.requireNonNull(path, "path");
    }

    /**
     * The scope of an actor at the node with {@code path}: a node without parent (a path of one
     * id, {@code /1/}) also sees unregistered senders.
     */
    public static MessageScope ofNode(String path) {
        return new MessageScope(path, path.chars().filter(c -> c == '/').count() == 2);
    }

    /**
     * A JPQL condition, true when the phone number the expression {@code phone} yields (e.g.
     * {@code i.sender}) is in this scope. Binds {@code :scopePath}; uses the aliases {@code ph},
     * {@code p} and {@code ph2}, so the enclosing query must not.
     */
    String condition(String phone) {
        String registered = "exists (select ph.id from Phone ph join ph.person p where ph.e164 = " + phone
                + " and " + PersonScope.OF_P + ")";
        if (!unregistered) {
            return registered;
        }
        return "(" + registered + " or not exists (select ph2.id from Phone ph2 where ph2.e164 = " + phone + "))";
    }
}

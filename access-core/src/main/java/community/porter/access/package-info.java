/**
 * The access-control domain of Porter: the organisation tree, people and their phones, rooms,
 * doors, cards, visitors, notices, repairs, console users and the audit log (SPEC section 2).
 *
 * <p>Entities live in one sub-package per domain, each with its Spring Data repositories and
 * services. The schema is owned by the Flyway scripts in {@code db/migration}; Hibernate only
 * validates it. All times are {@link java.time.Instant}s stored as UTC.
 */
package community.porter.access;

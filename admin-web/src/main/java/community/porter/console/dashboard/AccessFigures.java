package community.porter.console.dashboard;

import community.porter.access.door.Door;
import community.porter.access.notice.Broadcast;
import community.porter.access.visitor.RequestState;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Repository;

/**
 * What needs someone's attention within a console user's part of the tree: doors whose
 * controller is silent, visitor requests nobody answered yet, broadcasts still to go out. Counts
 * and short lists only: the dashboard asks every few seconds.
 */
@Repository
class AccessFigures {

    private static final List<Broadcast.State> WAITING = List.of(Broadcast.State.SCHEDULED,
            Broadcast.State.EXPANDED, Broadcast.State.SENDING);

    private final EntityManager entities;

    AccessFigures(EntityManager entities) {
        this.entities = entities;
    }

    long offlineDoorCount(String scopePath) {
        return entities.createQuery("select count(d) from Door d where d.online = false"
                        + " and d.node.path like concat(:scopePath, '%')", Long.class)
                .setParameter("scopePath", scopePath).getSingleResult();
    }

    /** The first {@code limit} offline doors by code, with their community. */
    List<Door> offlineDoors(String scopePath, int limit) {
        return entities.createQuery("select d from Door d join fetch d.community where d.online = false"
                        + " and d.node.path like concat(:scopePath, '%') order by d.code, d.id", Door.class)
                .setParameter("scopePath", scopePath).setMaxResults(limit).getResultList();
    }

    /** Requests still open: pending and not past their expiry (the sweep may not have run yet). */
    long pendingVisitorRequests(String scopePath, Instant now) {
        return entities.createQuery("select count(v) from VisitorRequest v where v.state = :state"
                        + " and v.expiresAt > :now and v.community.path like concat(:scopePath, '%')", Long.class)
                .setParameter("state", RequestState.PENDING).setParameter("now", now)
                .setParameter("scopePath", scopePath).getSingleResult();
    }

    /** Broadcasts of communities in scope that are scheduled, being prepared or being sent. */
    long waitingBroadcasts(String scopePath) {
        return entities.createQuery("select count(b) from Broadcast b where b.state in :states and b.communityId in"
                        + " (select n.id from OrgNode n where n.path like concat(:scopePath, '%'))", Long.class)
                .setParameter("states", WAITING).setParameter("scopePath", scopePath).getSingleResult();
    }
}

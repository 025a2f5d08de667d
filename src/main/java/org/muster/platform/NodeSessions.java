package org.muster.platform;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.util.SerializationUtils;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sessions in PostgreSQL as one node uses them: a signed-in request reads its session from this
 * node's memory and writes only what changed, and the moment of last access at most once a
 * {@link #ACCESS_WRITTEN_EVERY}. Every write to a session, and its end (sign-out, sign-out everywhere,
 * expiry), is signalled by the database to every node, which then forgets it (see {@link NodeMemory}), so
 * a session ended on one node is ended on all of them as soon as the signal arrives.
 *
 * <p>Each request gets its own copy of what the node remembers: concurrent requests of one browser never
 * share an object that one of them may change.
 */
final class NodeSessions implements FindByIndexNameSessionRepository<NodeSessions.NodeSession> {

    static final String CHANNEL = "muster_sessions";
    static final Duration ACCESS_WRITTEN_EVERY = Duration.ofMinutes(1);
    private static final Duration KEEP = Duration.ofMinutes(5);
    private static final int CAPACITY = 20_000;

    /** The session as the database had it when this node read it. */
    private record Stored(MapSession session) {
    }

    private final FindByIndexNameSessionRepository<Session> database;
    private final NodeMemory<Stored> memory;

    @SuppressWarnings({"unchecked", "rawtypes"})
    NodeSessions(FindByIndexNameSessionRepository<? extends Session> database, Signals signals) {
        // Spring Session's JDBC sessions are of a type of its own that it does not show: only it handles them.
        this.database = (FindByIndexNameSessionRepository) database;
        this.memory = new NodeMemory<>(signals, CHANNEL, KEEP, CAPACITY);
    }

    @Override
    public NodeSession createSession() {
        var created = database.createSession();
        return new NodeSession(new MapSession(created), created.getLastAccessedTime(), created);
    }

    @Override
    public void save(NodeSession session) {
        var stored = session.written;
        if (stored == null && session.accessDue()) stored = session.writable();
        if (stored == null) return;
        stored.setLastAccessedTime(session.view.getLastAccessedTime());
        database.save(stored);
        memory.forget(session.originalId);
    }

    @Override
    public NodeSession findById(String id) {
        return memory.find(id, () -> Optional.ofNullable(database.findById(id)).map(s -> new Stored(new MapSession(s))))
                .filter(stored -> !stored.session().isExpired())
                .map(stored -> new NodeSession(copy(stored.session()), stored.session().getLastAccessedTime(), null))
                .orElse(null);
    }

    @Override
    public void deleteById(String id) {
        database.deleteById(id);
        memory.forget(id);
    }

    @Override
    public Map<String, NodeSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return database.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey,
                        e -> new NodeSession(new MapSession(e.getValue()), e.getValue().getLastAccessedTime(), e.getValue())));
    }

    private static MapSession copy(MapSession remembered) {
        var copy = new MapSession(remembered.getId());
        copy.setCreationTime(remembered.getCreationTime());
        copy.setLastAccessedTime(remembered.getLastAccessedTime());
        copy.setMaxInactiveInterval(remembered.getMaxInactiveInterval());
        for (var name : remembered.getAttributeNames()) copy.setAttribute(name, ownCopy(remembered.getAttribute(name)));
        return copy;
    }

    /**
     * What one request may change without another seeing it. The security context is read on every request and
     * changed only at sign-in and sign-out, so it is copied cheaply; what is immutable is shared; anything else
     * (a flash message, a saved request) is rare and copied whole.
     */
    private static Object ownCopy(Object value) {
        if (value instanceof SecurityContext context) return new SecurityContextImpl(context.getAuthentication());
        if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof CsrfToken
                || value instanceof Enum<?>) return value;
        if (value instanceof Serializable serializable) return SerializationUtils.clone(serializable);
        return value;
    }

    /**
     * One request's session: read from this node's copy, and written through to the database from the first
     * change on, which loads the stored session once.
     */
    final class NodeSession implements Session {

        private final MapSession view;
        private final Instant accessStored;
        private final String originalId;
        private Session written;
        private boolean gone;

        private NodeSession(MapSession view, Instant accessStored, Session written) {
            this.view = view;
            this.accessStored = accessStored;
            this.originalId = view.getId();
            this.written = written;
        }

        private boolean accessDue() {
            return !gone && Duration.between(accessStored, view.getLastAccessedTime()).compareTo(ACCESS_WRITTEN_EVERY) >= 0;
        }

        /** The stored session, loaded at the first change; a session ended meanwhile stays ended, whatever this request does. */
        private Session writable() {
            if (written == null && !gone) {
                written = database.findById(originalId);
                gone = written == null;
            }
            return written;
        }

        private void write(java.util.function.Consumer<Session> change) {
            var stored = writable();
            if (stored != null) change.accept(stored);
        }

        @Override
        public String getId() {
            return view.getId();
        }

        @Override
        public String changeSessionId() {
            var stored = writable();
            if (stored == null) return view.getId();
            var id = stored.changeSessionId();
            view.setId(id);
            return id;
        }

        @Override
        public <T> T getAttribute(String name) {
            return view.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return view.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            view.setAttribute(name, value);
            write(stored -> stored.setAttribute(name, value));
        }

        @Override
        public void removeAttribute(String name) {
            view.removeAttribute(name);
            write(stored -> stored.removeAttribute(name));
        }

        @Override
        public Instant getCreationTime() {
            return view.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            view.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return view.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            view.setMaxInactiveInterval(interval);
            write(stored -> stored.setMaxInactiveInterval(interval));
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return view.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return view.isExpired();
        }
    }
}

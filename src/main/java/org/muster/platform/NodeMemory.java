package org.muster.platform;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What one node remembers of rows that every node may change: an entry is kept for at most
 * {@code keep}, dropped on every node as soon as the database signals (on its channel, with the entry's
 * key as payload) that its row changed, forgotten entirely when signals may have been missed, and not
 * used at all while the node does not hear signals. So what a node remembers is never older than the
 * last committed change by more than a signal's way, whichever node made it.
 *
 * <p>The signals come from triggers on the tables, so every change counts, whatever code made it. A key
 * may name what else its value depends on after an {@code @} ("12@1,4": member 12 as readers of spaces 1 and
 * 4 see them): a signal for "12" forgets every such entry.
 */
public final class NodeMemory<V> implements Signals.Listener {

    private record Entry<V>(V value, long rememberedAt) {
    }

    private final Signals signals;
    private final long keepNanos;
    private final int capacity;
    private final ConcurrentHashMap<String, Entry<V>> entries = new ConcurrentHashMap<>();
    // Counts every signal heard: a value loaded while one arrived may be older than it, so it is not kept.
    private final AtomicLong heard = new AtomicLong();
    // Only memories with keys of several variants ("12@1,4") pay for looking through every key on a signal.
    private volatile boolean variantKeys;

    public NodeMemory(Signals signals, String channel, Duration keep, int capacity) {
        this.signals = signals;
        this.keepNanos = keep.toNanos();
        this.capacity = capacity;
        signals.listen(channel, this);
    }

    /** The remembered value, or the loaded one (remembered when that is safe); empty when there is none. */
    public Optional<V> find(String key, Supplier<Optional<V>> load) {
        var entry = entries.get(key);
        long now = System.nanoTime();
        if (entry != null && now - entry.rememberedAt() < keepNanos && signals.listening()) return Optional.of(entry.value());
        long before = heard.get();
        boolean wasListening = signals.listening();
        var loaded = load.get();
        if (loaded.isPresent() && wasListening) remember(key, new Entry<>(loaded.get(), now), before);
        else entries.remove(key);
        return loaded;
    }

    /** The remembered values of these keys, and the others loaded at once (remembered when that is safe). */
    public <K> Map<K, V> findAll(Collection<K> keys, Function<Collection<K>, Map<K, V>> load) {
        var found = new HashMap<K, V>();
        var missing = new HashSet<K>();
        long now = System.nanoTime();
        boolean listening = signals.listening();
        for (var key : keys) {
            var entry = listening ? entries.get(key.toString()) : null;
            if (entry != null && now - entry.rememberedAt() < keepNanos) found.put(key, entry.value());
            else missing.add(key);
        }
        if (missing.isEmpty()) return found;
        long before = heard.get();
        var loaded = load.apply(missing);
        loaded.forEach((key, value) -> {
            if (listening) remember(key.toString(), new Entry<>(value, now), before);
            found.put(key, value);
        });
        return found;
    }

    public void forget(String key) {
        entries.remove(key);
    }

    @Override
    public void heard(String key) {
        heard.incrementAndGet();
        entries.remove(key);
        if (!variantKeys) return;
        var variants = key + "@";
        entries.keySet().removeIf(k -> k.startsWith(variants));
    }

    @Override
    public void missed() {
        heard.incrementAndGet();
        entries.clear();
    }

    /**
     * Keeps what was loaded unless a signal arrived since the load began: put first, then look, so that a
     * signal handled at any moment (it counts before it forgets) either finds the entry or is seen here.
     */
    private void remember(String key, Entry<V> entry, long loadedAfter) {
        // Beyond capacity the node forgets everything rather than tracking which entry is oldest: at worst one load each.
        if (entries.size() >= capacity) entries.clear();
        if (key.indexOf('@') >= 0) variantKeys = true;
        entries.put(key, entry);
        if (heard.get() != loadedAfter) entries.remove(key, entry);
    }
}

package org.onrecord.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.onrecord.store.Store;

/**
 * The snapshot the server answers from, kept current without making a request wait. A request never reads
 * the store for a view: at most once a second it asks a background thread to check SQLite's
 * {@code data_version} (which changes when an analyze run commits); when it changed, that thread reads a
 * new {@link Snapshot}, renders the costly pages into its cache, and only then swaps it in. While an analyze
 * commits document after document, reads are spaced to four times their own duration, so the server takes at
 * most a fifth of a core from the analysis. Pages are cached per snapshot (a snapshot never changes).
 */
final class LiveSnapshot implements AutoCloseable {
    /** A snapshot and the pages rendered from it. */
    static final class View {
        private final Snapshot data;
        private final Catalog catalog;
        private final Map<String, WebServer.Response> pages = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, WebServer.Response> eldest) {
                return size() > 512;
            }
        };

        View(Snapshot data) {
            this.data = data;
            this.catalog = new Catalog(data);
        }

        Snapshot data() {
            return data;
        }

        /** What the views look up, computed once for this snapshot. */
        Catalog catalog() {
            return catalog;
        }

        synchronized WebServer.Response page(String key) {
            return pages.get(key);
        }

        synchronized void keep(String key, WebServer.Response r) {
            pages.put(key, r);
        }
    }

    private static final long SECOND = 1_000_000_000L;

    private final Store reader;
    private final Consumer<View> warm;
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "onrecord-snapshot");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean checking = new AtomicBoolean();
    private volatile View view;
    private volatile long nextCheck;
    private long version;

    /** Reads the first snapshot now; {@code reader} is a connection of its own, used only by this class. */
    LiveSnapshot(Store reader, Consumer<View> warm) {
        this.reader = reader;
        this.warm = warm;
        reload();
    }

    /** The current view; may start a background check, never waits for one. */
    View current() {
        if (System.nanoTime() - nextCheck >= 0 && checking.compareAndSet(false, true)) {
            try {
                refresher.execute(this::checkNow);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                checking.set(false);
            }
        }
        return view;
    }

    /** Reads the store again at once, in the caller's thread (tests; the server after it rebuilt the index). */
    synchronized void reload() {
        long t0 = System.nanoTime();
        version = reader.dataVersion();
        View v = new View(Snapshot.of(reader));
        warm.accept(v);
        view = v;
        long took = System.nanoTime() - t0;
        nextCheck = System.nanoTime() + Math.max(SECOND, 4 * took);
    }

    private void checkNow() {
        try {
            boolean changed;
            synchronized (this) {
                changed = reader.dataVersion() != version;
                if (!changed) nextCheck = System.nanoTime() + SECOND;
            }
            if (changed) reload();
        } catch (RuntimeException e) {
            // The store is busy or was replaced mid-read: keep serving the last snapshot, try again later.
            nextCheck = System.nanoTime() + 5 * SECOND;
        } finally {
            checking.set(false);
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        reader.close();
    }
}

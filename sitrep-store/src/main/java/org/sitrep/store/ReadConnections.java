package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;

/**
 * Connections for reads, so that queries run side by side instead of one after the other on the
 * writing connection: on DuckDB more connections to the same database in this process
 * ({@code DuckDBConnection.duplicate()}), on PostgreSQL more connections to the same URL. At most
 * {@code max} are open; a reader waits for one when all are in use. A thread that reads again
 * while it holds one (a reader's callback that reads) gets the one it holds, so nested reads never
 * wait on themselves.
 *
 * <p>Each read is one read-only transaction (a consistent snapshot for its statements), ended by
 * a rollback before the connection goes back.
 */
final class ReadConnections implements AutoCloseable {

    /** Opens a new connection to the same database. */
    interface Opener {
        Connection open() throws SQLException;
    }

    /** A read on a connection. */
    interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    private final Opener opener;
    private final int max;
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private final ThreadLocal<Connection> held = new ThreadLocal<>();
    private int open;
    private boolean closed;

    ReadConnections(Opener opener, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("at least one connection");
        }
        this.opener = opener;
        this.max = max;
    }

    /** The number of read connections for this machine: two per core, 2 to 8. */
    static int defaultSize() {
        return Math.max(2, Math.min(8, 2 * Runtime.getRuntime().availableProcessors()));
    }

    /** Runs a read on a connection of its own (or on the one this thread holds already). */
    <T> T read(Read<T> read) throws SQLException {
        Connection mine = held.get();
        if (mine != null) {
            return read.run(mine);
        }
        Connection c = take();
        boolean ok = false;
        held.set(c);
        try {
            T out = read.run(c);
            c.rollback(); // a read-only transaction: nothing to keep
            ok = true;
            return out;
        } finally {
            held.remove();
            give(c, ok);
        }
    }

    private synchronized Connection take() throws SQLException {
        while (true) {
            if (closed) {
                throw new SQLException("the store is closed");
            }
            if (!idle.isEmpty()) {
                return idle.pop();
            }
            if (open < max) {
                open++;
                try {
                    Connection c = opener.open();
                    c.setAutoCommit(false);
                    return c;
                } catch (SQLException | RuntimeException e) {
                    open--;
                    notifyAll();
                    throw e;
                }
            }
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for a connection", e);
            }
        }
    }

    /** Returns a connection; one that failed is closed (it may be broken) and a new one opened next time. */
    private synchronized void give(Connection c, boolean ok) {
        if (ok && !closed) {
            idle.push(c);
        } else {
            open--;
            closeQuietly(c);
        }
        notifyAll();
    }

    /** Closes the idle connections; those in use are closed when they come back. */
    @Override
    public synchronized void close() {
        closed = true;
        while (!idle.isEmpty()) {
            open--;
            closeQuietly(idle.pop());
        }
        notifyAll();
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing more to do with it
        }
    }
}

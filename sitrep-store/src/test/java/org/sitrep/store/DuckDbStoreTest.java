package org.sitrep.store;

import java.nio.file.Path;

class DuckDbStoreTest extends StoreContract {

    private Path file;
    private int n;

    @Override
    EventStore fresh() {
        file = tmp.resolve("store-" + (n++) + ".duckdb");
        return EventStore.open(file.toString());
    }

    @Override
    EventStore reopen() {
        return EventStore.open(file.toString());
    }
}

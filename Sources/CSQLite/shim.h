#ifndef WHOSAID_CSQLITE_SHIM_H
#define WHOSAID_CSQLITE_SHIM_H
#include <sqlite3.h>

// Swift cannot see C macros that cast pointers, nor call variadic functions;
// these inline helpers give it what it needs.

/// SQLITE_TRANSIENT: SQLite copies the bound bytes before the call returns.
static inline sqlite3_destructor_type whosaid_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

/// Turns on extended result codes so errors carry the precise reason.
static inline int whosaid_sqlite_extended_codes(sqlite3 *db) {
    return sqlite3_extended_result_codes(db, 1);
}

/// Forbids double-quoted string literals, so a typo in a column name is an error
/// instead of silently becoming a string.
static inline int whosaid_sqlite_strict_dqs(sqlite3 *db) {
    int rc = sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, 0, (int *)0);
    if (rc != SQLITE_OK) return rc;
    return sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DDL, 0, (int *)0);
}
/// Turns the firing of triggers on or off for this connection only (other connections,
/// the sqlite3 shell included, keep them). Prepared statements recompile.
static inline int whosaid_sqlite_enable_triggers(sqlite3 *db, int on) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, on, (int *)0);
}

/// Switches off SQLite's memory statistics before the library starts: with them on,
/// every allocation SQLite makes takes a global mutex, and a writer inserting rows
/// allocates constantly (several percent of ingest). WhoSaid never reads the statistics.
/// Returns SQLITE_MISUSE, harmlessly, once the library has started.
static inline int whosaid_sqlite_configure(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
#endif

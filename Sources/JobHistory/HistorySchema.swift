import GRDB

/// The history's schema, one migration per version; a file written by an older leadprint is migrated when opened.
enum HistorySchema {
    /// Every migration, oldest first. Never edit one that has shipped: add the next.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        // v1: the first schema. Jobs and the sheet state per stock.
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE job (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  createdAt DATETIME NOT NULL,
                  kind TEXT NOT NULL,
                  jobFile TEXT NOT NULL,
                  catalogRevision TEXT NOT NULL,
                  summary TEXT NOT NULL,
                  outputHash TEXT NOT NULL,
                  destination TEXT NOT NULL
                );
                CREATE INDEX job_createdAt ON job(createdAt);
                CREATE TABLE sheetState (
                  stock TEXT PRIMARY KEY NOT NULL,
                  labelsPerSheet INTEGER NOT NULL,
                  nextStartAt INTEGER NOT NULL,
                  nextSerial INTEGER,
                  updatedAt DATETIME NOT NULL
                );
                """)
        }
        // v2: search words and output size on jobs; the stock a job used; sheet state kept per stock and printer, with
        // the preset it was printed as. A v1 sheet state keeps its stock with no printer and an unknown preset.
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
                ALTER TABLE job ADD COLUMN keywords TEXT NOT NULL DEFAULT '';
                ALTER TABLE job ADD COLUMN outputBytes INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE job ADD COLUMN stock TEXT;
                CREATE TABLE sheetState_v2 (
                  stock TEXT NOT NULL,
                  printer TEXT NOT NULL DEFAULT '',
                  preset TEXT NOT NULL DEFAULT '',
                  labelsPerSheet INTEGER NOT NULL,
                  nextStartAt INTEGER NOT NULL,
                  nextSerial INTEGER,
                  updatedAt DATETIME NOT NULL,
                  PRIMARY KEY (stock, printer)
                );
                INSERT INTO sheetState_v2 (stock, printer, preset, labelsPerSheet, nextStartAt, nextSerial, updatedAt)
                  SELECT stock, '', '', labelsPerSheet, nextStartAt, nextSerial, updatedAt FROM sheetState;
                DROP TABLE sheetState;
                ALTER TABLE sheetState_v2 RENAME TO sheetState;
                """)
        }
        return migrator
    }
}

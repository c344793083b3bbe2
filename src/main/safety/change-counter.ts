import type Sqlite from 'better-sqlite3'

/**
 * Counts committed row changes per table, to prove that a refused call wrote nothing.
 *
 * Temporary triggers on every table bump a counter in a temporary table. The temp database takes
 * part in the same transaction as the write, so a rolled-back transaction rolls its counts back
 * too: the counter moves only for what was really committed. (`total_changes()` cannot tell a
 * rolled-back write from a kept one, and `pragma data_version` ignores the own connection.)
 * The triggers live on this connection only and never reach the file.
 */
export function installChangeCounter(sqlite: Sqlite.Database): () => Map<string, number> {
  const tables = (
    sqlite
      .prepare(
        // The full-text index is a virtual table (no triggers) with shadow tables written by it alone.
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'case_search%'",
      )
      .all() as { name: string }[]
  ).map((t) => t.name)
  sqlite.exec('create temp table if not exists safety_changes (name text primary key, n integer not null)')
  for (const table of tables) {
    sqlite.prepare('insert or ignore into temp.safety_changes (name, n) values (?, 0)').run(table)
    for (const event of ['insert', 'update', 'delete']) {
      sqlite.exec(
        `create temp trigger if not exists "safety_${table}_${event}" after ${event} on main."${table}"
         begin update safety_changes set n = n + 1 where name = '${table}'; end`,
      )
    }
  }
  const read = sqlite.prepare('select name, n from temp.safety_changes')
  return () => new Map((read.all() as { name: string; n: number }[]).map((r) => [r.name, r.n]))
}

/** The tables whose committed change count differs between two readings. */
export function changedTables(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...after].filter(([name, n]) => before.get(name) !== n).map(([name]) => name)
}

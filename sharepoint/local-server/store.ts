import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { valueBag, type Item, type ListDef, type ListState } from './model';
import { newGuid, nowIso } from './names';

/**
 * Durable state in SQLite with the whole site mirrored in memory. The server is the only writer, so reads
 * never touch SQLite: queries on a 50,000-item list stay in memory, and every change is written through.
 */
export class Store {
  private readonly db: Database.Database;
  readonly lists = new Map<string, ListState>();
  private readonly stmts: {
    putList: Database.Statement;
    setNextId: Database.Statement;
    setListState: Database.Statement;
    deleteList: Database.Statement;
    putItem: Database.Statement;
    deleteItem: Database.Statement;
    deleteListItems: Database.Statement;
    putRecycle: Database.Statement;
    getMeta: Database.Statement;
    putMeta: Database.Statement;
  };

  constructor(file?: string) {
    if (file) mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file ?? ':memory:');
    if (file) {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
    }
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS lists (
        id TEXT PRIMARY KEY, state TEXT NOT NULL DEFAULT 'active', next_id INTEGER NOT NULL, def TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS items (
        list_id TEXT NOT NULL, id INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (list_id, id)) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS recycle (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, list_id TEXT NOT NULL, item_id INTEGER, title TEXT,
        deleted_by INTEGER, deleted_at TEXT NOT NULL, data TEXT);
    `);
    this.stmts = {
      putList: this.db.prepare(
        `INSERT INTO lists (id, state, next_id, def) VALUES (?, 'active', ?, ?)
         ON CONFLICT(id) DO UPDATE SET def = excluded.def, next_id = excluded.next_id`
      ),
      setNextId: this.db.prepare('UPDATE lists SET next_id = ? WHERE id = ?'),
      setListState: this.db.prepare('UPDATE lists SET state = ? WHERE id = ?'),
      deleteList: this.db.prepare('DELETE FROM lists WHERE id = ?'),
      putItem: this.db.prepare('INSERT OR REPLACE INTO items (list_id, id, data) VALUES (?, ?, ?)'),
      deleteItem: this.db.prepare('DELETE FROM items WHERE list_id = ? AND id = ?'),
      deleteListItems: this.db.prepare('DELETE FROM items WHERE list_id = ?'),
      putRecycle: this.db.prepare(
        'INSERT INTO recycle (id, kind, list_id, item_id, title, deleted_by, deleted_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
      ),
      getMeta: this.db.prepare('SELECT value FROM meta WHERE key = ?'),
      putMeta: this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)')
    };
    this.load();
  }

  private load(): void {
    const rows = this.db.prepare(`SELECT id, next_id, def FROM lists WHERE state = 'active'`).all() as Array<{
      id: string;
      next_id: number;
      def: string;
    }>;
    const itemRows = this.db.prepare('SELECT data FROM items WHERE list_id = ? ORDER BY id');
    for (const row of rows) {
      const def = JSON.parse(row.def) as ListDef;
      const items = (itemRows.all(row.id) as Array<{ data: string }>).map((r) => {
        const it = JSON.parse(r.data) as Item;
        it.values = valueBag(it.values);
        return it;
      });
      // Item writes do not rewrite the list row, so the last-modified stamp is recovered from the items.
      for (const it of items) if (it.modified > def.lastItemModified) def.lastItemModified = def.lastItemUserModified = it.modified;
      this.lists.set(row.id, this.makeState(def, items, row.next_id));
    }
  }

  private makeState(def: ListDef, items: Item[], nextId: number): ListState {
    const byId = new Map<number, Item>();
    for (const it of items) byId.set(it.id, it);
    const maxId = items.length > 0 ? items[items.length - 1].id : 0;
    return { def, items, byId, nextId: Math.max(nextId, maxId + 1), rev: 0, sortCache: new Map(), countCache: new Map() };
  }

  meta(key: string, create: () => string): string {
    const row = this.stmts.getMeta.get(key) as { value: string } | undefined;
    if (row) return row.value;
    const value = create();
    this.stmts.putMeta.run(key, value);
    return value;
  }

  setMeta(key: string, value: string): void {
    this.stmts.putMeta.run(key, value);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  activeLists(): ListState[] {
    return [...this.lists.values()];
  }

  createList(def: ListDef): ListState {
    const state = this.makeState(def, [], 1);
    this.stmts.putList.run(def.id, state.nextId, JSON.stringify(def));
    this.lists.set(def.id, state);
    return state;
  }

  saveList(list: ListState): void {
    list.rev++;
    this.stmts.putList.run(list.def.id, list.nextId, JSON.stringify(list.def));
  }

  deleteList(list: ListState): void {
    this.transaction(() => {
      this.stmts.deleteListItems.run(list.def.id);
      this.stmts.deleteList.run(list.def.id);
    });
    this.lists.delete(list.def.id);
  }

  /** A recycled list keeps its rows (marked as recycled); nothing reads them back, but nothing is lost. */
  recycleList(list: ListState, userId: number): string {
    const id = newGuid();
    this.transaction(() => {
      this.stmts.setListState.run('recycled', list.def.id);
      this.stmts.putRecycle.run(id, 'list', list.def.id, null, list.def.title, userId, nowIso(), null);
    });
    this.lists.delete(list.def.id);
    return id;
  }

  /** Appends new items (ids already assigned, ascending) and writes them in one transaction. */
  insertItems(list: ListState, items: Item[]): void {
    const listId = list.def.id;
    this.transaction(() => {
      for (const it of items) this.stmts.putItem.run(listId, it.id, JSON.stringify(it));
      this.stmts.setNextId.run(list.nextId, listId);
    });
    for (const it of items) {
      list.items.push(it);
      list.byId.set(it.id, it);
    }
    list.rev++;
  }

  updateItem(list: ListState, item: Item): void {
    this.stmts.putItem.run(list.def.id, item.id, JSON.stringify(item));
    list.byId.set(item.id, item);
    const idx = indexOfId(list.items, item.id);
    if (idx >= 0) list.items[idx] = item;
    list.rev++;
  }

  deleteItem(list: ListState, item: Item): void {
    this.stmts.deleteItem.run(list.def.id, item.id);
    this.forget(list, item);
  }

  recycleItem(list: ListState, item: Item, userId: number): string {
    const id = newGuid();
    this.transaction(() => {
      this.stmts.deleteItem.run(list.def.id, item.id);
      const title = typeof item.values.Title === 'string' ? item.values.Title : null;
      this.stmts.putRecycle.run(id, 'item', list.def.id, item.id, title, userId, nowIso(), JSON.stringify(item));
    });
    this.forget(list, item);
    return id;
  }

  private forget(list: ListState, item: Item): void {
    const idx = indexOfId(list.items, item.id);
    if (idx >= 0) list.items.splice(idx, 1);
    list.byId.delete(item.id);
    list.rev++;
  }

  close(): void {
    this.db.close();
  }
}

/** Items are kept sorted by id, so a binary search finds one. */
export function indexOfId(items: Item[], id: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = items[mid].id;
    if (v === id) return mid;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}


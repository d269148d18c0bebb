/** In-memory tables. Rows keep API field names; ids are strings; `_c`/`_u` hold created/updated epoch ms. */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;
export type Row = Record<string, Json> & { id: string };

export class Table {
	nextId = 1;
	readonly rows = new Map<string, Row>();

	constructor(readonly name: string) {}

	insert(data: Record<string, Json>): Row {
		const id = String(this.nextId++);
		const row = { ...data, id } as Row;
		this.rows.set(id, row);
		return row;
	}

	get(id: unknown): Row | undefined {
		if (id === undefined || id === null) return undefined;
		return this.rows.get(String(id));
	}

	delete(id: unknown): boolean {
		return this.rows.delete(String(id));
	}

	all(): Row[] {
		return [...this.rows.values()];
	}

	where(predicate: (row: Row) => boolean): Row[] {
		const out: Row[] = [];
		for (const row of this.rows.values()) if (predicate(row)) out.push(row);
		return out;
	}

	find(predicate: (row: Row) => boolean): Row | undefined {
		for (const row of this.rows.values()) if (predicate(row)) return row;
		return undefined;
	}

	get size(): number {
		return this.rows.size;
	}
}

export class Store {
	private readonly tables = new Map<string, Table>();
	/** Last timestamp handed out by now(); keeps time strictly monotonic across calls. */
	private last = 0;

	table(name: string): Table {
		let table = this.tables.get(name);
		if (!table) {
			table = new Table(name);
			this.tables.set(name, table);
		}
		return table;
	}

	tableNames(): string[] {
		return [...this.tables.keys()];
	}

	/** Current epoch ms, never equal to or below the previous call's value. */
	now(): number {
		const now = Math.max(Date.now(), this.last + 1);
		this.last = now;
		return now;
	}

	/**
	 * Stamp a row as updated. The rendered `udate` has second resolution, so the new value is pushed at least one
	 * second past the previous one: every update is visible to `filters[updated_after]` incremental syncs.
	 */
	touch(row: Row): void {
		const previous = typeof row._u === 'number' ? row._u : 0;
		const now = this.now();
		row._u = Math.floor(now / 1000) * 1000 <= previous ? previous + 1000 : now;
	}

	clear(): void {
		this.tables.clear();
	}
}

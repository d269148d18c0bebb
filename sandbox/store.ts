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

	where(pred: (r: Row) => boolean): Row[] {
		const out: Row[] = [];
		for (const r of this.rows.values()) if (pred(r)) out.push(r);
		return out;
	}

	find(pred: (r: Row) => boolean): Row | undefined {
		for (const r of this.rows.values()) if (pred(r)) return r;
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

	t(name: string): Table {
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
		const n = Math.max(Date.now(), this.last + 1);
		this.last = n;
		return n;
	}

	/**
	 * Stamp a row as updated. The rendered `udate` has second resolution, so the new value is pushed at least one
	 * second past the previous one: every update is visible to `filters[updated_after]` incremental syncs.
	 */
	touch(row: Row): void {
		const prev = typeof row._u === 'number' ? row._u : 0;
		const n = this.now();
		row._u = Math.floor(n / 1000) * 1000 <= prev ? prev + 1000 : n;
	}

	clear(): void {
		this.tables.clear();
	}
}

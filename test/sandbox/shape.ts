/** Recursive JSON shape comparison used by the recording fidelity test. */

export type JsonType = 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean';

export function jsonType(v: unknown): JsonType {
	if (v === null || v === undefined) return 'null';
	if (Array.isArray(v)) return 'array';
	return typeof v as JsonType;
}

/**
 * Normalised path used to pool the types a field was observed with across all recordings:
 * array indices dropped, top-level collection keys singularised (`contacts[].ua` ~ `contact.ua`).
 */
export function normPath(path: string[]): string {
	return path
		.filter((p) => p !== '[]')
		.map((p, i) => (i === 0 && p.endsWith('s') && p !== 'meta' ? p.slice(0, -1) : p))
		.join('.');
}

/** Collect every type each normalised path was recorded with. */
export function collectTypes(value: unknown, path: string[] = [], out = new Map<string, Set<JsonType>>()): Map<string, Set<JsonType>> {
	const key = normPath(path);
	if (!out.has(key)) out.set(key, new Set());
	out.get(key)!.add(jsonType(value));
	if (Array.isArray(value)) for (const el of value) collectTypes(el, [...path, '[]'], out);
	else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collectTypes(v, [...path, k], out);
	return out;
}

export interface ShapeOptions {
	/** Types observed for a normalised path anywhere in the recordings: a sandbox value of any of them is accepted. */
	observed: Map<string, Set<JsonType>>;
	/** Documented exceptions: normalised path -> reason. The subtree under the path is not compared. */
	exceptions: Record<string, string>;
}

/** Returns a list of problems ("missing key", "type mismatch"); extra keys in the sandbox answer are allowed. */
export function compareShape(recorded: unknown, actual: unknown, opts: ShapeOptions, path: string[] = []): string[] {
	const where = path.join('.').replace(/\.\[\]/g, '[]') || '<root>';
	const norm = normPath(path);
	if (norm in opts.exceptions) return [];
	const rt = jsonType(recorded);
	const at = jsonType(actual);
	if (rt !== at) {
		if (opts.observed.get(norm)?.has(at)) return [];
		return [`type mismatch at ${where}: recorded ${rt}, sandbox ${at}`];
	}
	const problems: string[] = [];
	if (rt === 'object') {
		const a = actual as Record<string, unknown>;
		for (const [k, v] of Object.entries(recorded as Record<string, unknown>)) {
			if (!(k in a)) {
				if (!(normPath([...path, k]) in opts.exceptions)) problems.push(`missing key ${where === '<root>' ? k : `${where}.${k}`}`);
				continue;
			}
			problems.push(...compareShape(v, a[k], opts, [...path, k]));
		}
	} else if (rt === 'array') {
		const r = recorded as unknown[];
		const a = actual as unknown[];
		if (r.length && a.length) problems.push(...compareShape(r[0], a[0], opts, [...path, '[]']));
	}
	return problems;
}

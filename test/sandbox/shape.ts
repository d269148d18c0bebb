/** Recursive JSON shape comparison used by the recording fidelity test. */

export type JsonType = 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean';

export function jsonType(value: unknown): JsonType {
	if (value === null || value === undefined) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value as JsonType;
}

/**
 * Normalised path used to pool the types a field was observed with across all recordings:
 * array indices dropped, top-level collection keys singularised (`contacts[].ua` ~ `contact.ua`).
 */
export function normPath(path: string[]): string {
	return path
		.filter((segment) => segment !== '[]')
		.map((segment, i) => (i === 0 && segment.endsWith('s') && segment !== 'meta' ? segment.slice(0, -1) : segment))
		.join('.');
}

/** Collect every type each normalised path was recorded with. */
export function collectTypes(value: unknown, path: string[] = [], out = new Map<string, Set<JsonType>>()): Map<string, Set<JsonType>> {
	const key = normPath(path);
	if (!out.has(key)) out.set(key, new Set());
	out.get(key)!.add(jsonType(value));
	if (Array.isArray(value)) for (const element of value) collectTypes(element, [...path, '[]'], out);
	else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) collectTypes(child, [...path, key], out);
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
	const recordedType = jsonType(recorded);
	const actualType = jsonType(actual);
	if (recordedType !== actualType) {
		if (opts.observed.get(norm)?.has(actualType)) return [];
		return [`type mismatch at ${where}: recorded ${recordedType}, sandbox ${actualType}`];
	}
	const problems: string[] = [];
	if (recordedType === 'object') {
		const actualObject = actual as Record<string, unknown>;
		for (const [key, child] of Object.entries(recorded as Record<string, unknown>)) {
			if (!(key in actualObject)) {
				if (!(normPath([...path, key]) in opts.exceptions)) problems.push(`missing key ${where === '<root>' ? key : `${where}.${key}`}`);
				continue;
			}
			problems.push(...compareShape(child, actualObject[key], opts, [...path, key]));
		}
	} else if (recordedType === 'array') {
		const recordedArray = recorded as unknown[];
		const actualArray = actual as unknown[];
		if (recordedArray.length && actualArray.length) problems.push(...compareShape(recordedArray[0], actualArray[0], opts, [...path, '[]']));
	}
	return problems;
}

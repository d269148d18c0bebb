import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { ACTIVECAMPAIGN_SHARED_DIR } from '../helpers/shared';

/** "GET /contacts/{id}" style operations of ActiveCampaign's published OpenAPI export (paths below /api/3). */
export interface SpecOperation {
	method: string;
	template: string;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function specOperations(): SpecOperation[] {
	const spec = JSON.parse(readFileSync(path.join(ACTIVECAMPAIGN_SHARED_DIR, 'openapi-v3.json'), 'utf8')) as {
		paths: Record<string, Record<string, unknown>>;
	};
	return Object.entries(spec.paths).flatMap(([template, item]) =>
		Object.keys(item)
			.filter((key) => METHODS.includes(key))
			.map((key) => ({ method: key.toUpperCase(), template })),
	);
}

/**
 * Event tracking is not on API v3 but on ActiveCampaign's trackcmp host (`POST https://trackcmp.net/event`), which has
 * a spec of its own (`extra-specs/activecampaign-trackcmp-api-openapi.json`). The sandbox serves that host under
 * TRACKCMP_PREFIX, so a request there is checked against this spec instead.
 */
export const TRACKCMP_PREFIX = '/trackcmp';

export function trackcmpOperations(): SpecOperation[] {
	const file = path.join(ACTIVECAMPAIGN_SHARED_DIR, 'extra-specs', 'activecampaign-trackcmp-api-openapi.json');
	const spec = JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
	return Object.entries(spec.paths).flatMap(([template, item]) =>
		Object.keys(item)
			.filter((key) => METHODS.includes(key))
			.map((key) => ({ method: key.toUpperCase(), template })),
	);
}

/** Whether a concrete path (`/contacts/12`) fits a template (`/contacts/{id}`): `{...}` segments match any one segment. */
export function fitsTemplate(concrete: string, template: string): boolean {
	const have = concrete.split('?')[0].replace(/\/+$/, '').split('/');
	const want = template.replace(/\/+$/, '').split('/');
	if (have.length !== want.length) return false;
	return want.every((segment, i) => /^\{[^}]+\}$/.test(segment) || segment === have[i]);
}

/** Calls and `links` URLs seen in `recordings/` (real responses of the live API): method + path below /api/3. */
export interface RecordedUse {
	method: string;
	path: string;
	file: string;
	how: 'call' | 'links URL';
}

export function recordedUses(): RecordedUse[] {
	const dir = path.join(ACTIVECAMPAIGN_SHARED_DIR, 'recordings');
	const uses: RecordedUse[] = [];
	for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
		const text = readFileSync(path.join(dir, file), 'utf8');
		const recording = JSON.parse(text) as { calls?: Array<{ method: string; path: string; response?: unknown }> };
		for (const call of recording.calls ?? []) {
			uses.push({ method: call.method.toUpperCase(), path: call.path.replace(/^\/api\/3/, '').split('?')[0], file, how: 'call' });
			const body = JSON.stringify(call.response ?? null);
			for (const match of body.matchAll(/https?:\/\/[^"]*?\/api\/3(\/[^"?]*)/g)) {
				uses.push({ method: 'GET', path: match[1], file, how: 'links URL' });
			}
		}
	}
	return uses;
}

/** Query parameter names the spec lists for each method + path template ("GET /contacts" -> ["ids", "email", …]). */
export function specQueryParameters(): Map<string, string[]> {
	const spec = JSON.parse(readFileSync(path.join(ACTIVECAMPAIGN_SHARED_DIR, 'openapi-v3.json'), 'utf8')) as {
		paths: Record<string, Record<string, { parameters?: Array<{ name?: string; in?: string }> }>>;
	};
	const out = new Map<string, string[]>();
	for (const [template, item] of Object.entries(spec.paths)) {
		for (const method of METHODS) {
			const operation = item[method];
			if (!operation) continue;
			const names = (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => String(p.name));
			out.set(`${method.toUpperCase()} ${template}`, names);
		}
	}
	return out;
}

/**
 * Query parameters FACTS.md documents beyond the spec's lists (FACTS §2), and those every collection takes
 * (`limit`, `offset`: FACTS §2 "Page size").
 */
export const PAGING_PARAMETERS = ['limit', 'offset'];
export const FACTS_QUERY_PARAMETERS: Record<string, string[]> = {
	// "GET /contacts?ids[]=1&ids[]=2&ids[]=42 (repeatable)"
	'GET /contacts': ['ids[]'],
	// "GET /dealTasks documents … (the spec even misspells one as Fitlers[due_before])"
	'GET /dealTasks': ['filters[due_before]'],
	// the spec spells it "[]ids"
	'DELETE /accounts/bulk_delete': ['ids', 'ids[]'],
};

/** The spec template for a concrete path: an exact template first (`/accounts/bulk_delete` before `/accounts/{id}`). */
export function templateFor(method: string, concrete: string, templates: Iterable<string>): string | undefined {
	const candidates = [...templates].filter((key) => key.startsWith(`${method} `)).map((key) => key.slice(method.length + 1));
	const fitting = candidates.filter((template) => fitsTemplate(concrete, template));
	return fitting.find((template) => !template.includes('{')) ?? fitting[0];
}

/** Whether `name` is documented for `method template`: in the spec, in FACTS, or paging. `[<operator>]` matches any. */
export function documentedQuery(method: string, template: string | undefined, name: string, spec: Map<string, string[]>): boolean {
	if (PAGING_PARAMETERS.includes(name)) return true;
	if (!template) return false;
	const listed = [...(spec.get(`${method} ${template}`) ?? []), ...(FACTS_QUERY_PARAMETERS[`${method} ${template}`] ?? [])];
	if (listed.includes(name)) return true;
	const operator = /^(filters\[[^\]]+\])\[[^\]]+\]$/.exec(name);
	return operator !== null && listed.includes(`${operator[1]}[<operator>]`);
}

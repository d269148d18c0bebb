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

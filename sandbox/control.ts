/** Control API (no token, outside /api/3) so out-of-process tests and benchmarks can drive the sandbox. */
import type { Reply } from './http';
import type { SandboxServer } from './server';
import type { Fault, WebhookSource } from './types';

type Body = Record<string, unknown> | undefined;

const bad = (message: string): Reply => ({ status: 400, body: { message } });

export async function handleControl(sb: SandboxServer, method: string, path: string, url: URL, body: unknown): Promise<Reply> {
	const b = (body && typeof body === 'object' ? body : undefined) as Body;
	const route = `${method.toUpperCase()} ${path.replace(/\/+$/, '') || '/'}`;
	switch (route) {
		case 'GET /health':
		case 'GET /':
			return {
				status: 200,
				body: {
					ok: true,
					url: sb.url,
					apiUrl: `${sb.url}/api/3`,
					rateLimit: sb.limiter.current,
					latency: sb.latency,
					dateFilterPrecision: sb.dateFilterPrecision,
					requests: sb.requests.length,
					deliveries: sb.deliveries.length,
					contacts: sb.store.t('contacts').size,
				},
			};
		case 'GET /requests': {
			const since = Number(url.searchParams.get('since') ?? 0) || 0;
			return { status: 200, body: { requests: sb.requests.slice(since), total: sb.requests.length } };
		}
		case 'DELETE /requests':
			sb.requests.length = 0;
			return { status: 200, body: { ok: true } };
		case 'GET /deliveries':
			return { status: 200, body: { deliveries: sb.deliveries, total: sb.deliveries.length } };
		case 'DELETE /deliveries':
			sb.webhooks.clear();
			return { status: 200, body: { ok: true } };
		case 'GET /faults':
			return { status: 200, body: { faults: sb.faults.list() } };
		case 'POST /faults': {
			if (!b || typeof b.path !== 'string') return bad('Fault needs a string "path" (exact path without query, e.g. /api/3/contacts/1)');
			if (typeof b.status !== 'number' && b.resetConnection !== true) return bad('Fault needs a numeric "status"');
			sb.injectFault({ ...(b as unknown as Fault), status: typeof b.status === 'number' ? b.status : 0 });
			return { status: 201, body: { ok: true, faults: sb.faults.list().length } };
		}
		case 'DELETE /faults':
			sb.faults.clear();
			return { status: 200, body: { ok: true } };
		case 'POST /reset': {
			const seed = b?.seed;
			if (seed !== undefined && typeof seed !== 'boolean' && (typeof seed !== 'object' || seed === null)) return bad('"seed" must be a boolean or {contacts, deals}');
			sb.reset(seed === undefined ? {} : { seed: seed as boolean });
			return { status: 200, body: { ok: true } };
		}
		case 'POST /rate-limit': {
			const limit = b?.limit;
			if (limit === false || limit === 'off' || limit === null) sb.limiter.set(false);
			else if (typeof limit === 'number' && limit > 0) sb.limiter.set(limit);
			else return bad('"limit" must be a positive number, false or "off"');
			return { status: 200, body: { ok: true, limit: sb.limiter.current } };
		}
		case 'POST /latency': {
			const latency = typeof b?.ms === 'number' ? b.ms : b && typeof b.min === 'number' && typeof b.max === 'number' ? { min: b.min, max: b.max } : undefined;
			if (latency === undefined) return bad('Give {"ms": N} or {"min": A, "max": B} (milliseconds)');
			try {
				sb.setLatency(latency);
			} catch (e) {
				return bad((e as Error).message);
			}
			return { status: 200, body: { ok: true, latency: sb.latency } };
		}
		case 'POST /date-filters': {
			if (b?.precision !== 'time' && b?.precision !== 'day') return bad('"precision" must be "time" or "day"');
			sb.dateFilterPrecision = b.precision;
			return { status: 200, body: { ok: true, precision: sb.dateFilterPrecision } };
		}
		case 'POST /imports/fail-next': {
			if (b?.status !== 'failed' && b?.status !== 'interrupted') return bad('"status" must be "failed" or "interrupted"');
			sb.imports.failNext(b.status, typeof b.batches === 'number' ? b.batches : 1);
			return { status: 200, body: { ok: true } };
		}
		case 'POST /contacts': {
			const count = Number(b?.count);
			if (!Number.isInteger(count) || count < 0) return bad('"count" must be a non-negative integer');
			sb.addContacts(count);
			return { status: 201, body: { ok: true, total: sb.store.t('contacts').size } };
		}
		case 'POST /webhook-events': {
			if (!b || typeof b.type !== 'string') return bad('"type" is required');
			const deliveries = await sb.emitWebhookEvent(b.type, {
				contactId: b.contactId as string | undefined,
				dealId: b.dealId as string | undefined,
				listId: b.listId as string | undefined,
				source: (b.source as WebhookSource | undefined) ?? 'api',
				extra: b.extra as Record<string, string> | undefined,
			});
			return { status: 200, body: { ok: true, deliveries } };
		}
		case 'POST /imports/flush':
			sb.imports.flush();
			return { status: 200, body: { ok: true } };
		default:
			return { status: 404, body: { message: `Unknown control endpoint ${route}` } };
	}
}

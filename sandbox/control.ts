/** Control API (no token, outside /api/3) so out-of-process tests and benchmarks can drive the sandbox. */
import type { Reply } from './http';
import type { SandboxServer } from './server';
import type { Fault, WebhookSource } from './types';

type Body = Record<string, unknown> | undefined;

const bad = (message: string): Reply => ({ status: 400, body: { message } });

export async function handleControl(server: SandboxServer, method: string, path: string, url: URL, body: unknown): Promise<Reply> {
	const input = (body && typeof body === 'object' ? body : undefined) as Body;
	const route = `${method.toUpperCase()} ${path.replace(/\/+$/, '') || '/'}`;
	switch (route) {
		case 'GET /health':
		case 'GET /':
			return {
				status: 200,
				body: {
					ok: true,
					url: server.url,
					apiUrl: `${server.url}/api/3`,
					rateLimit: server.limiter.current,
					latency: server.latency,
					dateFilterPrecision: server.dateFilterPrecision,
					requests: server.requests.length,
					deliveries: server.deliveries.length,
					contacts: server.store.table('contacts').size,
				},
			};
		case 'GET /requests': {
			const since = Number(url.searchParams.get('since') ?? 0) || 0;
			return { status: 200, body: { requests: server.requests.slice(since), total: server.requests.length } };
		}
		case 'DELETE /requests':
			server.requests.length = 0;
			return { status: 200, body: { ok: true } };
		case 'GET /deliveries':
			return { status: 200, body: { deliveries: server.deliveries, total: server.deliveries.length } };
		case 'DELETE /deliveries':
			server.webhooks.clear();
			return { status: 200, body: { ok: true } };
		case 'GET /faults':
			return { status: 200, body: { faults: server.faults.list() } };
		case 'POST /faults': {
			if (!input || typeof input.path !== 'string') return bad('Fault needs a string "path" (exact path without query, e.g. /api/3/contacts/1)');
			if (typeof input.status !== 'number' && input.resetConnection !== true) return bad('Fault needs a numeric "status"');
			server.injectFault({ ...(input as unknown as Fault), status: typeof input.status === 'number' ? input.status : 0 });
			return { status: 201, body: { ok: true, faults: server.faults.list().length } };
		}
		case 'DELETE /faults':
			server.faults.clear();
			return { status: 200, body: { ok: true } };
		case 'POST /reset': {
			const seed = input?.seed;
			if (seed !== undefined && typeof seed !== 'boolean' && (typeof seed !== 'object' || seed === null)) return bad('"seed" must be a boolean or {contacts, deals}');
			server.reset(seed === undefined ? {} : { seed: seed as boolean });
			return { status: 200, body: { ok: true } };
		}
		case 'POST /rate-limit': {
			const limit = input?.limit;
			if (limit === false || limit === 'off' || limit === null) server.limiter.set(false);
			else if (typeof limit === 'number' && limit > 0) server.limiter.set(limit);
			else return bad('"limit" must be a positive number, false or "off"');
			return { status: 200, body: { ok: true, limit: server.limiter.current } };
		}
		case 'POST /latency': {
			const latency = typeof input?.ms === 'number' ? input.ms : input && typeof input.min === 'number' && typeof input.max === 'number' ? { min: input.min, max: input.max } : undefined;
			if (latency === undefined) return bad('Give {"ms": N} or {"min": A, "max": B} (milliseconds)');
			try {
				server.setLatency(latency);
			} catch (error) {
				return bad((error as Error).message);
			}
			return { status: 200, body: { ok: true, latency: server.latency } };
		}
		case 'POST /date-filters': {
			if (input?.precision !== 'time' && input?.precision !== 'day') return bad('"precision" must be "time" or "day"');
			server.dateFilterPrecision = input.precision;
			return { status: 200, body: { ok: true, precision: server.dateFilterPrecision } };
		}
		case 'POST /imports/fail-next': {
			if (input?.status !== 'failed' && input?.status !== 'interrupted') return bad('"status" must be "failed" or "interrupted"');
			server.imports.failNext(input.status, typeof input.batches === 'number' ? input.batches : 1);
			return { status: 200, body: { ok: true } };
		}
		case 'POST /contacts': {
			const count = Number(input?.count);
			if (!Number.isInteger(count) || count < 0) return bad('"count" must be a non-negative integer');
			server.addContacts(count);
			return { status: 201, body: { ok: true, total: server.store.table('contacts').size } };
		}
		case 'POST /webhook-events': {
			if (!input || typeof input.type !== 'string') return bad('"type" is required');
			const deliveries = await server.emitWebhookEvent(input.type, {
				contactId: input.contactId as string | undefined,
				dealId: input.dealId as string | undefined,
				listId: input.listId as string | undefined,
				source: (input.source as WebhookSource | undefined) ?? 'api',
				extra: input.extra as Record<string, string> | undefined,
			});
			return { status: 200, body: { ok: true, deliveries } };
		}
		case 'POST /automation-webhooks': {
			// An automation's "Webhook" action reached a contact: post it to the URL pasted into the action.
			if (!input || typeof input.url !== 'string' || !/^https?:\/\//.test(input.url)) return bad('"url" (http or https) is required');
			const contactId = String(input.contactId ?? '');
			if (!server.store.table('contacts').get(contactId)) return bad('"contactId" must be an existing contact');
			const automationId = String(input.automationId ?? '1');
			const deliveries = await server.webhooks.sendAutomationCall(input.url, contactId, automationId);
			return { status: 200, body: { ok: true, deliveries } };
		}
		case 'POST /imports/flush':
			server.imports.flush();
			return { status: 200, body: { ok: true } };
		default:
			return { status: 404, body: { message: `Unknown control endpoint ${route}` } };
	}
}

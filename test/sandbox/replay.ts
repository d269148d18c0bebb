/** Replays recorded ActiveCampaign calls against a fresh sandbox, mapping recorded ids to sandbox ids. */
import type { Sandbox } from '../../sandbox';

export interface RecordedCall {
	method: string;
	path: string;
	status: number;
	request?: { data?: unknown; params?: Record<string, string> };
	response: unknown;
}

export interface Answer {
	status: number;
	body: unknown;
	path: string;
}

/** Body foreign keys -> collection they point at. */
const FK: Record<string, string> = {
	contact: 'contacts',
	list: 'lists',
	tag: 'tags',
	group: 'dealGroups',
	stage: 'dealStages',
	owner: 'users',
	deal: 'deals',
	account: 'accounts',
	automation: 'automations',
};
const RELTYPE: Record<string, string> = { Subscriber: 'contacts', Deal: 'deals', CustomerAccount: 'accounts' };
/** Path segments whose next segment is an id. */
const COLLECTIONS = new Set([
	'contacts',
	'lists',
	'tags',
	'dealGroups',
	'dealStages',
	'deals',
	'notes',
	'accounts',
	'fields',
	'campaigns',
	'automations',
	'forms',
	'users',
	'contactTags',
	'contactLists',
	'webhooks',
	'messages',
	'dealTasks',
]);

export class Replayer {
	private readonly ids = new Map<string, string>();
	private n = 0;

	constructor(private readonly sb: Sandbox) {}

	async call(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
		const res = await fetch(`${this.sb.url}${path}`, {
			method,
			headers: { 'Api-Token': this.sb.token, 'Content-Type': 'application/json', Accept: 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		return { status: res.status, body: text ? JSON.parse(text) : undefined };
	}

	private async exists(collection: string, id: string): Promise<boolean> {
		return (await this.call('GET', `/api/3/${collection}/${id}`)).status === 200;
	}

	/** Create a record of `collection` (used when a recorded id does not exist in the sandbox). */
	private async create(collection: string, context: Record<string, unknown>): Promise<string> {
		const n = ++this.n;
		const post = async (path: string, body: unknown, key: string): Promise<string> => {
			const r = await this.call('POST', path, body);
			const obj = (r.body as Record<string, Record<string, unknown>>)?.[key];
			if (!obj) throw new Error(`fixture ${collection} failed: ${r.status} ${JSON.stringify(r.body)}`);
			return String(obj.id);
		};
		switch (collection) {
			case 'contacts':
				return post('/api/3/contacts', { contact: { email: `replay-fixture-${n}@example.com`, firstName: 'Replay' } }, 'contact');
			case 'lists':
				return post('/api/3/lists', { list: { name: `Replay list ${n}`, sender_url: 'https://example.com', sender_reminder: 'You signed up.' } }, 'list');
			case 'tags':
				return post('/api/3/tags', { tag: { tag: `replay-tag-${n}`, tagType: 'contact' } }, 'tag');
			case 'dealGroups':
				return post('/api/3/dealGroups', { dealGroup: { title: `Replay pipeline ${n}`, currency: 'usd', autoassign: 1 } }, 'dealGroup');
			case 'dealStages':
				return post('/api/3/dealStages', { dealStage: { title: `Replay stage ${n}`, group: context.group ?? '1' } }, 'dealStage');
			case 'deals':
				return post('/api/3/deals', { deal: { title: `Replay deal ${n}`, value: 1000, currency: 'usd', contact: '1', group: '1', owner: '1' } }, 'deal');
			case 'notes':
				return post('/api/3/notes', { note: { note: `Replay note ${n}`, relid: '1', reltype: 'Subscriber' } }, 'note');
			case 'accounts':
				return post('/api/3/accounts', { account: { name: `Replay account ${n}` } }, 'account');
			case 'fields':
				return post('/api/3/fields', { field: { title: `Replay field ${n}`, type: 'text' } }, 'field');
			case 'users':
				return post(
					'/api/3/users',
					{ user: { username: `replay${n}`, email: `replay-user-${n}@example.com`, firstName: 'R', lastName: 'U', group: 1, password: 'x' } },
					'user',
				);
			case 'campaigns': {
				const r = await this.call('POST', '/api/3/campaign', { name: `Replay campaign ${n}`, type: 'single' });
				return String((r.body as { id: number }).id);
			}
			default:
				throw new Error(`no fixture creator for ${collection}`);
		}
	}

	/** Map a recorded id of `collection` to an existing sandbox id (creating a record when needed). */
	async resolve(collection: string, id: string, context: Record<string, unknown> = {}): Promise<string> {
		const key = `${collection}:${id}`;
		const known = this.ids.get(key);
		if (known) return known;
		const mapped = (await this.exists(collection, id)) ? id : await this.create(collection, context);
		this.ids.set(key, mapped);
		return mapped;
	}

	private async mapPath(path: string): Promise<string> {
		const parts = path.split('/');
		for (let i = 0; i < parts.length - 1; i++) {
			if (COLLECTIONS.has(parts[i]) && /^\d+$/.test(parts[i + 1])) parts[i + 1] = await this.resolve(parts[i], parts[i + 1]);
		}
		return parts.join('/');
	}

	private async mapBody(data: unknown): Promise<unknown> {
		if (!data || typeof data !== 'object' || Array.isArray(data)) return data;
		const out: Record<string, unknown> = {};
		for (const [wrapper, inner] of Object.entries(data as Record<string, unknown>)) {
			if (!inner || typeof inner !== 'object' || Array.isArray(inner)) {
				out[wrapper] = inner;
				continue;
			}
			const src = inner as Record<string, unknown>;
			const dst: Record<string, unknown> = { ...src };
			const context: Record<string, unknown> = {};
			// groups before stages so a stage fixture lands in the mapped pipeline
			for (const key of ['group', ...Object.keys(src).filter((k) => k !== 'group')]) {
				const v = src[key];
				if (v === undefined || v === null || !/^\d+$/.test(String(v))) continue;
				let collection = FK[key];
				if (key === 'relid') collection = RELTYPE[String(src.reltype)];
				if (!collection) continue;
				const mapped = await this.resolve(collection, String(v), context);
				if (key === 'group') context.group = mapped;
				dst[key] = typeof v === 'number' ? Number(mapped) : mapped;
			}
			out[wrapper] = dst;
		}
		return out;
	}

	/** Replay one recorded call; learns id mappings from create answers. */
	async replay(rec: RecordedCall): Promise<Answer> {
		await this.preconditions(rec);
		const path = await this.mapPath(rec.path);
		const query = rec.request?.params ? `?${new URLSearchParams(rec.request.params).toString()}` : '';
		const body = await this.mapBody(rec.request?.data);
		const answer = await this.call(rec.method, `${path}${query}`, body);
		this.learn(rec.response, answer.body);
		return { ...answer, path: `${path}${query}` };
	}

	/**
	 * State the recorded account was in that ids alone do not capture. A recorded 200 from POST /contact/sync means
	 * the contact already existed (AC answers 201 when it creates one), so create it first.
	 */
	private async preconditions(rec: RecordedCall): Promise<void> {
		if (rec.method === 'POST' && rec.path === '/api/3/contact/sync' && rec.status === 200) {
			const email = (rec.request?.data as { contact?: { email?: string } })?.contact?.email;
			if (email) await this.call('POST', '/api/3/contacts', { contact: { email } });
		}
	}

	private learn(recorded: unknown, actual: unknown): void {
		if (!recorded || typeof recorded !== 'object' || !actual || typeof actual !== 'object') return;
		for (const [key, value] of Object.entries(recorded as Record<string, unknown>)) {
			const got = (actual as Record<string, unknown>)[key];
			const rid = (value as { id?: unknown } | null)?.id;
			const aid = (got as { id?: unknown } | null)?.id;
			if (rid !== undefined && aid !== undefined && !Array.isArray(value)) this.ids.set(`${key}s:${String(rid)}`, String(aid));
		}
	}
}

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
const FOREIGN_KEY_COLLECTIONS: Record<string, string> = {
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
	private fixtureCount = 0;

	constructor(private readonly sandbox: Sandbox) {}

	async call(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
		const res = await fetch(`${this.sandbox.url}${path}`, {
			method,
			headers: { 'Api-Token': this.sandbox.token, 'Content-Type': 'application/json', Accept: 'application/json' },
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
		const ordinal = ++this.fixtureCount;
		const post = async (path: string, body: unknown, key: string): Promise<string> => {
			const answer = await this.call('POST', path, body);
			const record = (answer.body as Record<string, Record<string, unknown>>)?.[key];
			if (!record) throw new Error(`fixture ${collection} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
			return String(record.id);
		};
		switch (collection) {
			case 'contacts':
				return post('/api/3/contacts', { contact: { email: `replay-fixture-${ordinal}@example.com`, firstName: 'Replay' } }, 'contact');
			case 'lists':
				return post('/api/3/lists', { list: { name: `Replay list ${ordinal}`, sender_url: 'https://example.com', sender_reminder: 'You signed up.' } }, 'list');
			case 'tags':
				return post('/api/3/tags', { tag: { tag: `replay-tag-${ordinal}`, tagType: 'contact' } }, 'tag');
			case 'dealGroups':
				return post('/api/3/dealGroups', { dealGroup: { title: `Replay pipeline ${ordinal}`, currency: 'usd', autoassign: 1 } }, 'dealGroup');
			case 'dealStages':
				return post('/api/3/dealStages', { dealStage: { title: `Replay stage ${ordinal}`, group: context.group ?? '1' } }, 'dealStage');
			case 'deals':
				return post('/api/3/deals', { deal: { title: `Replay deal ${ordinal}`, value: 1000, currency: 'usd', contact: '1', group: '1', owner: '1' } }, 'deal');
			case 'notes':
				return post('/api/3/notes', { note: { note: `Replay note ${ordinal}`, relid: '1', reltype: 'Subscriber' } }, 'note');
			case 'accounts':
				return post('/api/3/accounts', { account: { name: `Replay account ${ordinal}` } }, 'account');
			case 'fields':
				return post('/api/3/fields', { field: { title: `Replay field ${ordinal}`, type: 'text' } }, 'field');
			case 'users':
				return post(
					'/api/3/users',
					{ user: { username: `replay${ordinal}`, email: `replay-user-${ordinal}@example.com`, firstName: 'R', lastName: 'U', group: 1, password: 'x' } },
					'user',
				);
			case 'campaigns': {
				const answer = await this.call('POST', '/api/3/campaign', { name: `Replay campaign ${ordinal}`, type: 'single' });
				return String((answer.body as { id: number }).id);
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
			const recordedBody = inner as Record<string, unknown>;
			const mappedBody: Record<string, unknown> = { ...recordedBody };
			const context: Record<string, unknown> = {};
			// groups before stages so a stage fixture lands in the mapped pipeline
			for (const key of ['group', ...Object.keys(recordedBody).filter((name) => name !== 'group')]) {
				const value = recordedBody[key];
				if (value === undefined || value === null || !/^\d+$/.test(String(value))) continue;
				let collection = FOREIGN_KEY_COLLECTIONS[key];
				if (key === 'relid') collection = RELTYPE[String(recordedBody.reltype)];
				if (!collection) continue;
				const mapped = await this.resolve(collection, String(value), context);
				if (key === 'group') context.group = mapped;
				mappedBody[key] = typeof value === 'number' ? Number(mapped) : mapped;
			}
			out[wrapper] = mappedBody;
		}
		return out;
	}

	/** Replay one recorded call; learns id mappings from create answers. */
	async replay(call: RecordedCall): Promise<Answer> {
		await this.preconditions(call);
		const path = await this.mapPath(call.path);
		const query = call.request?.params ? `?${new URLSearchParams(call.request.params).toString()}` : '';
		const body = await this.mapBody(call.request?.data);
		const answer = await this.call(call.method, `${path}${query}`, body);
		this.learn(call.response, answer.body);
		return { ...answer, path: `${path}${query}` };
	}

	/**
	 * State the recorded account was in that ids alone do not capture. A recorded 200 from POST /contact/sync means
	 * the contact already existed (AC answers 201 when it creates one), so create it first.
	 */
	private async preconditions(call: RecordedCall): Promise<void> {
		if (call.method === 'POST' && call.path === '/api/3/contact/sync' && call.status === 200) {
			const email = (call.request?.data as { contact?: { email?: string } })?.contact?.email;
			if (email) await this.call('POST', '/api/3/contacts', { contact: { email } });
		}
	}

	private learn(recorded: unknown, actual: unknown): void {
		if (!recorded || typeof recorded !== 'object' || !actual || typeof actual !== 'object') return;
		for (const [key, value] of Object.entries(recorded as Record<string, unknown>)) {
			const got = (actual as Record<string, unknown>)[key];
			const recordedId = (value as { id?: unknown } | null)?.id;
			const actualId = (got as { id?: unknown } | null)?.id;
			if (recordedId !== undefined && actualId !== undefined && !Array.isArray(value)) this.ids.set(`${key}s:${String(recordedId)}`, String(actualId));
		}
	}
}

import { parse as parseQuerystring } from 'node:querystring';

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { ActiveCampaignTrigger } from '../../nodes/ActiveCampaignTrigger/ActiveCampaignTrigger.node';
import { clearDuplicateMemory } from '../../nodes/ActiveCampaignTrigger/dedupe';
import { startSandbox, type Sandbox } from '../../sandbox';
import { rig, WEBHOOK_BASE, WEBHOOK_TEST_BASE, type RigOptions } from '../helpers/triggerRig';
import { EVENT_FIXTURES, formBody } from './fixtures';

let sandbox: Sandbox;

beforeAll(async () => {
	sandbox = await startSandbox({ rateLimit: false, webhookDelivery: false });
});
afterAll(async () => await sandbox.close());
beforeEach(() => {
	sandbox.reset({ seed: true });
	clearDuplicateMemory();
});

const webhooks = () => sandbox.store.table('webhooks').all();
const posts = () => sandbox.requests.filter((r) => r.method === 'POST' && r.path === '/api/3/webhooks');

function trigger(parameters: INodeParameters, extra: Partial<RigOptions> = {}) {
	return rig({
		nodeType: new ActiveCampaignTrigger(),
		parameters,
		credentials: { url: sandbox.url, apiToken: sandbox.token },
		...extra,
	});
}

const BASE_PARAMS: INodeParameters = { events: ['subscribe', 'update'], sources: ['public', 'admin'] };
describe('activation', () => {
	it('creates exactly one webhook with the chosen events, sources and list, named after the workflow', async () => {
		const list = sandbox.store.table('lists').all()[0];
		const t = trigger({ ...BASE_PARAMS, list: { __rl: true, mode: 'name', value: list.name } }, { workflowName: 'Lead sync' });
		await t.activate();

		expect(webhooks()).toHaveLength(1);
		const hook = webhooks()[0];
		expect(hook.events).toEqual(['subscribe', 'update']);
		expect(hook.sources).toEqual(['public', 'admin']);
		expect(hook.listid).toBe(list.id);
		expect(hook.name).toBe('n8n: Lead sync');
		const state = t.persisted()['node:Trigger'] as IDataObject;
		expect(hook.url).toBe(`${WEBHOOK_BASE}/${t.node.webhookId}/webhook?secret=${String(state.secret)}`);
		expect(String(state.secret)).toMatch(/^[0-9a-f]{48}$/);
		expect(state.webhookId).toBe(hook.id);
	});

	it('defaults to all sources and all lists', async () => {
		await trigger({ events: ['deal_add'] }).activate();
		expect(webhooks()[0]).toMatchObject({ sources: ['public', 'admin', 'api', 'system'], listid: '0' });
	});

	it('does nothing when the stored webhook still matches (e.g. after a restart)', async () => {
		const first = trigger(BASE_PARAMS);
		await first.activate();
		const again = trigger(BASE_PARAMS, { staticData: first.persisted() });
		expect(await again.checkExists()).toBe(true);
		await again.activate();
		expect(posts()).toHaveLength(1);
		expect(webhooks()).toHaveLength(1);
	});

	it('re-registers a node changed between activations, leaving exactly one webhook', async () => {
		const first = trigger(BASE_PARAMS);
		await first.activate();
		const oldId = webhooks()[0].id;
		const oldSecret = (first.persisted()['node:Trigger'] as IDataObject).secret;

		for (const changed of [
			{ ...BASE_PARAMS, events: ['subscribe', 'deal_update'] },
			{ ...BASE_PARAMS, events: ['subscribe', 'deal_update'], sources: ['api'] },
			{ ...BASE_PARAMS, events: ['subscribe', 'deal_update'], sources: ['api'], list: { __rl: true, mode: 'id', value: '1' } },
		]) {
			const next = trigger(changed, { staticData: first.persisted() });
			expect(await next.checkExists()).toBe(false);
			await next.activate();
			expect(webhooks()).toHaveLength(1);
			Object.assign(first, { persisted: next.persisted });
		}
		const hook = webhooks()[0];
		expect(hook.id).not.toBe(oldId);
		expect(hook).toMatchObject({ events: ['subscribe', 'deal_update'], sources: ['api'], listid: '1' });
		expect((first.persisted()['node:Trigger'] as IDataObject).secret).not.toBe(oldSecret);
	});

	it('re-registers when the n8n URL changed (e.g. a new WEBHOOK_URL)', async () => {
		const first = trigger(BASE_PARAMS);
		await first.activate();
		const moved = trigger(BASE_PARAMS, { staticData: first.persisted(), webhookBase: 'https://n8n.example.com/webhook' });
		await moved.activate();
		expect(webhooks()).toHaveLength(1);
		expect(webhooks()[0].url).toMatch(/^https:\/\/n8n\.example\.com\/webhook\//);
	});

	it('recreates a webhook deleted on the server side at the next activation', async () => {
		const first = trigger(BASE_PARAMS);
		await first.activate();
		sandbox.store.table('webhooks').delete(webhooks()[0].id);
		const next = trigger(BASE_PARAMS, { staticData: first.persisted() });
		expect(await next.checkExists()).toBe(false);
		await next.activate();
		expect(webhooks()).toHaveLength(1);
		expect((next.persisted()['node:Trigger'] as IDataObject).webhookId).toBe(webhooks()[0].id);
	});

	it('removes a leftover webhook pointing at the same URL (lost static data) instead of adding a second one', async () => {
		await trigger(BASE_PARAMS).activate();
		const fresh = trigger(BASE_PARAMS); // same node, no static data
		await fresh.activate();
		expect(webhooks()).toHaveLength(1);
	});

	it('fails with a clear error for an unknown list name, and when ActiveCampaign refuses the webhook', async () => {
		await expect(trigger({ ...BASE_PARAMS, list: { __rl: true, mode: 'name', value: 'No such list' } }).activate()).rejects.toThrow(
			/No list named "No such list"/,
		);
		sandbox.injectFault({ method: 'POST', path: '/api/3/webhooks', status: 422, body: { errors: [{ title: 'The webhook url is invalid.' }] } });
		await expect(trigger(BASE_PARAMS).activate()).rejects.toThrow(/Could not register the ActiveCampaign webhook/);
		expect(webhooks()).toHaveLength(0);
	});
});

describe('deactivation', () => {
	it('deletes the webhook and forgets it', async () => {
		const t = trigger(BASE_PARAMS);
		await t.activate();
		await t.deactivate();
		expect(webhooks()).toHaveLength(0);
		expect(t.persisted()['node:Trigger']).toEqual({});
	});

	it('treats a webhook already deleted in ActiveCampaign (404) as done', async () => {
		const t = trigger(BASE_PARAMS);
		await t.activate();
		sandbox.store.table('webhooks').delete(webhooks()[0].id);
		await expect(t.deactivate()).resolves.toBeUndefined();
		const deletes = sandbox.requests.filter((r) => r.method === 'DELETE');
		expect(deletes.at(-1)?.status).toBe(404);
		expect(t.persisted()['node:Trigger']).toEqual({});
	});

	it('logs and keeps the id when ActiveCampaign fails to delete, so the next deactivation retries', async () => {
		const t = trigger(BASE_PARAMS);
		await t.activate();
		sandbox.injectFault({ method: 'DELETE', path: /\/api\/3\/webhooks\/\d+/, status: 403, body: { message: 'No permission' } });
		await t.deactivate();
		expect(webhooks()).toHaveLength(1);
		expect((t.persisted()['node:Trigger'] as IDataObject).webhookId).toBe(webhooks()[0].id);
		await t.deactivate();
		expect(webhooks()).toHaveLength(0);
	});
});

describe('test webhooks ("Listen for test event")', () => {
	it('registers the test URL, accepts its secret without static data, and cleans up by URL', async () => {
		const production = trigger(BASE_PARAMS);
		await production.activate();

		// n8n runs test webhooks on a copy of the workflow without the static data written by create().
		const listening = trigger(BASE_PARAMS, { isTest: true });
		await listening.activate('manual');
		expect(webhooks()).toHaveLength(2);
		const testHook = webhooks().find((hook) => hook.url.startsWith(WEBHOOK_TEST_BASE));
		expect(testHook).toBeDefined();
		const secret = new URL(testHook!.url).searchParams.get('secret')!;

		const receiving = trigger(BASE_PARAMS, { isTest: true });
		const body = parseQuerystring(formBody(EVENT_FIXTURES.update.pairs));
		expect((await receiving.call(body, { secret: 'forged' })).status).toBe(401);
		const accepted = await receiving.call(body, { secret });
		expect(accepted.status).toBe(200);
		expect(accepted.items).toHaveLength(1);

		await trigger(BASE_PARAMS, { isTest: true }).deactivate();
		expect(webhooks()).toHaveLength(1);
		expect(webhooks()[0].url.startsWith(WEBHOOK_BASE)).toBe(true);
	});
});

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { ActiveCampaignPollingTrigger } from '../../nodes/ActiveCampaignPollingTrigger/ActiveCampaignPollingTrigger.node';
import { startSandbox, type Sandbox } from '../../sandbox';
import { sandboxApi } from '../helpers/requests';
import { rig, type TriggerRig } from '../helpers/triggerRig';

let sandbox: Sandbox;

beforeAll(async () => {
	sandbox = await startSandbox({ rateLimit: false, webhookDelivery: false });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset({ seed: true }));

function poller(parameters: INodeParameters = {}, staticData?: IDataObject): TriggerRig {
	return rig({
		nodeType: new ActiveCampaignPollingTrigger(),
		parameters,
		credentials: { url: sandbox.url, apiToken: sandbox.token },
		staticData,
		nodeName: 'Changes',
	});
}

const api = (method: string, path: string, body?: unknown) => sandboxApi(sandbox, method, path, body);

const events = (result: Awaited<ReturnType<TriggerRig['poll']>>) =>
	(result?.[0] ?? []).map((item) => {
		const kind = String(item.json.event).split('_')[0];
		return `${String(item.json.event)}:${String((item.json[kind] as IDataObject).id)}`;
	});
describe('catch-up polling', () => {
	it('starts from activation time, then emits each created or updated record once', async () => {
		const first = poller();
		expect(await first.poll()).toBeNull();
		const state = first.persisted()['node:Changes'] as IDataObject;
		expect(Object.keys(state.cursors as IDataObject).sort()).toEqual(['contact', 'deal']);

		const { contact } = await api('POST', '/contacts', { contact: { email: 'new@example.com', firstName: 'New' } });
		await api('PUT', '/deals/2', { deal: { title: 'Changed' } });
		const result = await first.poll();
		expect(events(result)).toEqual([`contact_created:${String((contact as IDataObject).id)}`, 'deal_updated:2']);
		const deal = result![0].find((item) => item.json.event === 'deal_updated')!.json.deal as IDataObject;
		// Simplify (default on): the deal as the ActiveCampaign node's Simplify shows it.
		expect(deal).toMatchObject({ id: '2', title: 'Changed', value: 250000, valueAmount: 2500, status: 0, statusLabel: 'open' });
		expect(Object.keys(deal)[0]).toBe('id');
		expect(deal).not.toHaveProperty('links');
		expect(deal).not.toHaveProperty('hash');

		// The same records are still inside the overlap the next query asks for, but are not emitted again.
		sandbox.requests.length = 0;
		expect(await first.poll()).toBeNull();
		const contactsQuery = sandbox.requests.find((r) => r.path === '/api/3/contacts');
		expect(contactsQuery?.query['filters[updated_after]']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
	});

	it('Simplify off: the record as the API returns it (without links), valueAmount beside a deal\'s value', async () => {
		const raw = poller({ simplify: false, records: ['deal'] });
		await raw.poll();
		await api('PUT', '/deals/2', { deal: { title: 'Raw' } });
		const deal = (await raw.poll())![0][0].json.deal as IDataObject;
		expect(deal).toMatchObject({ id: '2', title: 'Raw', value: '250000', valueAmount: 2500, status: '0', hash: expect.any(String) });
		expect(deal).not.toHaveProperty('links');
		expect(deal).not.toHaveProperty('statusLabel');
	});

	it('survives a restart: the cursor comes back from static data and nothing is emitted twice', async () => {
		const before = poller();
		await before.poll();
		await api('PUT', '/contacts/3', { contact: { firstName: 'Once' } });
		expect(events(await before.poll())).toEqual(['contact_updated:3']);

		// n8n restarts: a new workflow object with the persisted static data.
		const saved = before.persisted();
		const after = poller({}, saved);
		expect(await after.poll()).toBeNull();
		await api('PUT', '/contacts/3', { contact: { firstName: 'Twice' } });
		await api('PUT', '/contacts/4', { contact: { firstName: 'Other' } });
		expect(events(await after.poll())).toEqual(['contact_updated:3', 'contact_updated:4']);
		expect(await after.poll()).toBeNull();

		// Changes made while n8n was down are caught up after the restart.
		const down = after.persisted();
		await api('PUT', '/deals/5', { deal: { title: 'While down' } });
		expect(events(await poller({}, down).poll())).toEqual(['deal_updated:5']);
	});

	it('"Start From" catches up on older changes on the first poll', async () => {
		const since = new Date(Date.now() - 365 * 24 * 3600 * 1000).toISOString();
		const p = poller({ records: ['deal'], options: { since } });
		const result = await p.poll();
		expect(result?.[0]).toHaveLength(sandbox.store.table('deals').size);
		expect(await p.poll()).toBeNull();
	});

	it('emits only what "Emit" asks for', async () => {
		const p = poller({ records: ['contact'], emit: 'created' });
		await p.poll();
		await api('PUT', '/contacts/1', { contact: { firstName: 'Updated' } });
		const { contact } = await api('POST', '/contacts', { contact: { email: 'only-created@example.com' } });
		expect(events(await p.poll())).toEqual([`contact_created:${String((contact as IDataObject).id)}`]);
	});

	it('shows recent records in manual mode without moving the cursor', async () => {
		const p = poller();
		await p.poll();
		const cursorBefore = JSON.stringify(p.persisted());
		const sample = await p.poll('manual');
		expect(sample?.[0].length).toBeGreaterThan(0);
		expect(sample?.[0].length).toBeLessThanOrEqual(10);
		expect(JSON.stringify(p.persisted())).toBe(cursorBefore);
	});
});

describe('accounts, campaigns and tasks', () => {
	it('emits accounts created or updated, reading /accounts without undocumented filters', async () => {
		const p = poller({ records: ['account'] });
		expect(await p.poll()).toBeNull();
		const { account } = await api('POST', '/accounts', { account: { name: 'Difference Engines Polling Ltd' } });
		await api('PUT', '/accounts/1', { account: { name: 'Renamed Inc' } });
		sandbox.requests.length = 0;
		const result = await p.poll();
		// Both changes may fall in the same second (dates have second resolution): compare without order.
		expect(events(result).sort()).toEqual([`account_created:${String((account as IDataObject).id)}`, 'account_updated:1'].sort());
		const updated = result![0].find((item) => item.json.event === 'account_updated')!.json.account as IDataObject;
		expect(updated).toMatchObject({ id: '1', name: 'Renamed Inc' });
		expect(updated).not.toHaveProperty('links');
		const queries = sandbox.requests.filter((r) => r.path === '/api/3/accounts').map((r) => Object.keys(r.query).sort());
		for (const keys of queries) expect(keys.every((key) => ['limit', 'offset'].includes(key))).toBe(true);
		expect(await p.poll()).toBeNull();
	});

	it('emits campaigns that started or finished sending, once, from their status', async () => {
		const p = poller({ records: ['campaign'] });
		expect(await p.poll()).toBeNull();
		const { id: draftId } = await api('POST', '/campaign', { name: 'Spring news', type: 'single' });
		const draft = String(draftId);
		expect(await p.poll()).toBeNull();

		await api('PATCH', `/campaigns/${draft}`, { campaign: { status: '2' } });
		const started = await p.poll();
		expect(events(started)).toEqual([`campaign_started:${draft}`]);
		expect(started![0][0].json.campaign).toMatchObject({ id: draft, status: 2, statusLabel: 'sending' });
		expect(await p.poll()).toBeNull();

		await api('PATCH', `/campaigns/${draft}`, { campaign: { status: '5' } });
		expect(events(await p.poll())).toEqual([`campaign_finished:${draft}`]);

		// Draft to completed between two polls: it started and finished.
		const { id: quickId } = await api('POST', '/campaign', { name: 'Flash sale', type: 'single' });
		await p.poll();
		await api('PATCH', `/campaigns/${String(quickId)}`, { campaign: { status: '5' } });
		expect(events(await p.poll())).toEqual([`campaign_started:${String(quickId)}`, `campaign_finished:${String(quickId)}`]);
		expect(await p.poll()).toBeNull();
	});

	it('emits incomplete tasks whose due date passed since the last poll, once', async () => {
		const p = poller({ records: ['task'] });
		expect(await p.poll()).toBeNull();
		const task = async (title: string, dueInMs: number, status = '0') =>
			String(
				((
					await api('POST', '/dealTasks', {
						dealTask: { relid: '1', ownerType: 'deal', duedate: new Date(Date.now() + dueInMs).toISOString(), dealTasktype: '1', title, status },
					})
				).dealTask as IDataObject).id,
			);
		const soon = await task('Call back', 1500);
		await task('Long overdue', -2 * 3600_000);
		await task('Done already', 1000, '1');
		await task('Next week', 7 * 24 * 3600_000);
		await new Promise((resolve) => setTimeout(resolve, 2100));
		sandbox.requests.length = 0;
		const result = await p.poll();
		expect(events(result)).toEqual([`task_due:${soon}`]);
		expect(result![0][0].json).toMatchObject({ event: 'task_due', task: { id: soon, title: 'Call back', status: 0, statusLabel: 'incomplete' } });
		const query = sandbox.requests.find((r) => r.path === '/api/3/dealTasks')?.query;
		expect(query).toMatchObject({ 'filters[status]': '0', 'filters[due_after]': expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
		expect(await p.poll()).toBeNull();
	});

	it('"Start From" reports tasks overdue and campaigns sent since then on the first poll', async () => {
		const since = new Date(Date.now() - 3 * 3600_000).toISOString();
		await api('POST', '/dealTasks', {
			dealTask: { relid: '1', ownerType: 'deal', duedate: new Date(Date.now() - 3600_000).toISOString(), dealTasktype: '1', title: 'Overdue' },
		});
		const result = await poller({ records: ['task'], options: { since } }).poll();
		expect((result?.[0] ?? []).map((item) => (item.json.task as IDataObject).title)).toContain('Overdue');
	});

	it('keeps the saved option values and offers the new ones', () => {
		const records = new ActiveCampaignPollingTrigger().description.properties.find((property) => property.name === 'records');
		expect((records?.options as Array<{ value: string }>).map((option) => option.value).sort()).toEqual(['account', 'campaign', 'contact', 'deal', 'task']);
		expect(records?.default).toEqual(['contact', 'deal']);
	});
});

import { bodyOf, rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('webhook: a webhook created, read, listed, updated and deleted', () => {
	const ac = useSandbox();

	it('create with a list by name, get, getAll, update, delete', async () => {
		const created = await ac.run({
			resource: 'webhook',
			operation: 'create',
			webhookName: 'Deals',
			url: 'https://example.com/hook',
			events: ['deal_add', 'deal_update'],
			sources: ['api', 'admin'],
			webhookAdditionalFields: { list: rl('Newsletter', 'name') },
		});
		expect(bodyOf(ac, 'POST', '/webhooks')).toEqual({
			webhook: { name: 'Deals', url: 'https://example.com/hook', events: ['deal_add', 'deal_update'], sources: ['api', 'admin'], listid: 2 },
		});
		const id = String(created.json[0].id);
		expect(created.json[0]).toMatchObject({ name: 'Deals', events: ['deal_add', 'deal_update'] });
		expect((await ac.run({ resource: 'webhook', operation: 'get', webhook: rl('Deals', 'name') })).json[0]).toMatchObject({ id, name: 'Deals' });
		const listed = await ac.run({ resource: 'webhook', operation: 'getAll', returnAll: true, webhookFilters: { url: 'https://example.com/hook' } });
		expect(sent(ac, 'GET', '/webhooks').at(-1)?.query).toMatchObject({ 'filters[url]': 'https://example.com/hook' });
		expect(listed.json.map((webhook) => webhook.id)).toEqual([id]);
		const updated = await ac.run({ resource: 'webhook', operation: 'update', webhook: rl(id), webhookUpdateFields: { events: ['deal_add'] } });
		expect(bodyOf(ac, 'PUT', `/webhooks/${id}`)).toEqual({ webhook: { events: ['deal_add'] } });
		expect(updated.json[0]).toMatchObject({ events: ['deal_add'] });
		expect((await ac.run({ resource: 'webhook', operation: 'delete', webhook: rl(id) })).json).toEqual([{ deleted: true, webhook: id }]);
	});
});

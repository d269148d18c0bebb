import { bodyOf, rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('ecommerceConnection: a connection created, read, listed, updated and deleted', () => {
	const ac = useSandbox();

	it('create with a list by name, get, getAll by service, update, delete', async () => {
		const created = await ac.run({
			resource: 'ecommerceConnection',
			operation: 'create',
			service: 'toyshop',
			ecommerceConnectionExternalId: 'toys-1',
			ecommerceConnectionName: 'Toy Shop',
			logoUrl: 'https://toys.example/logo.png',
			linkUrl: 'https://toys.example/admin',
			ecommerceConnectionAdditionalFields: { list: rl('Customers', 'name') },
		});
		expect(bodyOf(ac, 'POST', '/connections')).toEqual({
			connection: { service: 'toyshop', externalid: 'toys-1', name: 'Toy Shop', logoUrl: 'https://toys.example/logo.png', linkUrl: 'https://toys.example/admin', listId: '3' },
		});
		const id = String(created.json[0].id);
		expect(created.json[0]).toMatchObject({ name: 'Toy Shop', service: 'toyshop' });
		expect((await ac.run({ resource: 'ecommerceConnection', operation: 'get', connection: rl('Toy Shop', 'name') })).json[0]).toMatchObject({ id });
		const listed = await ac.run({ resource: 'ecommerceConnection', operation: 'getAll', returnAll: true, ecommerceConnectionFilters: { service: 'toyshop' } });
		expect(sent(ac, 'GET', '/connections').at(-1)?.query).toMatchObject({ 'filters[service]': 'toyshop' });
		expect(listed.json.map((connection) => connection.id)).toEqual([id]);
		const updated = await ac.run({ resource: 'ecommerceConnection', operation: 'update', connection: rl(id), ecommerceConnectionUpdateFields: { name: 'Toys', status: 0 } });
		expect(bodyOf(ac, 'PUT', `/connections/${id}`)).toEqual({ connection: { name: 'Toys', status: 0 } });
		expect(updated.json[0]).toMatchObject({ name: 'Toys' });
		expect((await ac.run({ resource: 'ecommerceConnection', operation: 'delete', connection: rl(id) })).json).toEqual([{ deleted: true, connection: id }]);
	});
});

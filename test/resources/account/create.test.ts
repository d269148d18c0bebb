import { calls, rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('account > create', () => {
	const ac = useSandbox();

	it('creates an account with its owner by username and a custom field by name', async () => {
		const result = await ac.run({
			resource: 'account',
			operation: 'create',
			accountName: 'Difference Engines',
			accountAdditionalFields: { accountUrl: 'https://difference.example.com', owner: rl('asmith', 'name') },
			accountCustomFields: { field: [{ field: 'Industry', value: 'Hardware' }] },
		});
		expect(result.error).toBeUndefined();
		// The definitions are read once per run, for the values sent and for Simplify's titles of the values echoed.
		expect(calls(ac)).toEqual(['GET /accountCustomFieldMeta', 'GET /users', 'POST /accounts']);
		expect(sent(ac, 'POST', '/accounts')[0].body).toEqual({
			account: {
				name: 'Difference Engines',
				accountUrl: 'https://difference.example.com',
				owner: '3',
				fields: [{ customFieldId: '1', fieldValue: 'Hardware' }],
			},
		});
		expect(result.json[0]).toMatchObject({ name: 'Difference Engines', owner: '3', customFields: { Industry: 'Hardware' } });
		expect(result.json[0].links).toBeUndefined();
	});

	describe('bad input', () => {
		it('names an unknown owner and a duplicate name', async () => {
			const owner = await ac.run({ resource: 'account', operation: 'create', accountName: 'X', accountAdditionalFields: { owner: rl('ghost', 'name') } });
			expect(errorText(owner)).toContain('ghost');
			const duplicate = await ac.run({ resource: 'account', operation: 'create', accountName: 'Bletchley Systems' });
			expect(errorText(duplicate)).toContain('field "name"');
		});
	});
});

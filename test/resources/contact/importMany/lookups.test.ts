import { nameList } from '../../../../nodes/ActiveCampaign/resources/contact/importMany/lookups';
import { continueOnFail, useSandbox } from '../../../helpers/sandbox';
import { importHelpers, importParameters, people } from './helpers';

/**
 * Contact > Create or Update Many through the real execution path (WorkflowExecute -> the node's custom
 * operation, once for all items) against the sandbox's bulk importer.
 */
describe('contact > importMany: name lookups, once per run', () => {
	const ac = useSandbox();
	const { apiCalls } = importHelpers(ac);

	it('an unknown custom field fails only its own item', async () => {
		const input = people(12, 'fields');
		input[4].json.field = 'No Such Field';
		const { items } = await ac.run(
			importParameters({ importCustomFields: { field: [{ field: '={{ $json.field ?? "Plan" }}', value: 'Pro' }] } }),
			{ input, settings: continueOnFail },
		);
		expect(items[4].json.error).toEqual(expect.stringContaining('No Such Field'));
		expect(items.filter((item) => typeof item.json.id === 'string')).toHaveLength(11);
		expect((apiCalls('/import/bulk_import', 'POST')[0].body as { contacts: unknown[] }).contacts).toHaveLength(11);
	});

	it('a lookup that fails (403 on /lists) fails the items that need it, asked once, not once per item', async () => {
		ac.sandbox.injectFault({ method: 'GET', path: '/api/3/lists', status: 403, body: { message: 'You do not have permission' } });
		const input = people(12, 'denied');
		const { items } = await ac.run(
			importParameters({ importFields: { firstName: '={{ $json.first }}', lists: '={{ $itemIndex < 6 ? "Newsletter" : "" }}' } }),
			{ input, settings: continueOnFail },
		);
		expect(items).toHaveLength(12);
		for (const item of items.slice(0, 6)) expect(String(item.json.error)).toMatch(/permission|403/i);
		expect(items.slice(6).filter((item) => typeof item.json.id === 'string')).toHaveLength(6);
		expect(apiCalls('/lists', 'GET')).toHaveLength(1);
	});
});

describe('contact > importMany: names given as a list (lookups.ts)', () => {
	it('nameList splits a comma-separated text or takes a list, dropping blanks', () => {
		expect(nameList('vip, Imported 2026')).toEqual(['vip', 'Imported 2026']);
		expect(nameList(['a', ' ', ' b '])).toEqual(['a', 'b']);
		expect(nameList(' , ')).toEqual([]);
		expect(nameList(undefined)).toEqual([]);
		expect(nameList(12)).toEqual(['12']);
	});
});

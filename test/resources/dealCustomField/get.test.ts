import { rl, sent } from '../../helpers/requests';
import { errorText, items } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('dealCustomField > get', () => {
	const ac = useSandbox();

	it('get by label', async () => {
		const got = await ac.run({ resource: 'dealCustomField', operation: 'get', dealCustomField: rl('Close Date', 'name') });
		expect(sent(ac, 'GET', '/dealCustomFieldMeta/2')).toHaveLength(1);
		expect(got.json[0]).toMatchObject({ id: '2', fieldLabel: 'Close Date', fieldType: 'date' });
	});

	describe('bad input', () => {
		it('bad input: unknown label, unknown ID, Continue On Fail', async () => {
			expect(errorText(await ac.run({ resource: 'dealCustomField', operation: 'get', dealCustomField: rl('Nope', 'name') }))).toContain(
				'No deal custom field named "Nope"',
			);
			const result = await ac.run(
				{ resource: 'dealCustomField', operation: 'get', dealCustomField: rl('={{ $json.id }}') },
				{ input: items('1', '77'), settings: continueOnFail },
			);
			expect(result.json[0]).toMatchObject({ id: '1' });
			expect(String(result.json[1].error)).toContain('deal custom field 77 was not found');
		});
	});
});

import { calls, rl } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('contactFieldValue > getAll', () => {
	const ac = useSandbox();

	it("lists a contact's values, with a Limit", async () => {
		const all = await ac.run({ resource: 'contactFieldValue', operation: 'getAll', contactFieldValueContact: rl('4'), returnAll: true });
		expect(calls(ac)).toEqual(['GET /contacts/4/fieldValues']);
		expect(all.json.length).toBeGreaterThan(1);
		for (const value of all.json) expect(value).toMatchObject({ contact: '4' });
		const one = await ac.run({ resource: 'contactFieldValue', operation: 'getAll', contactFieldValueContact: rl('4'), limit: 1 });
		expect(one.json).toHaveLength(1);
	});

	describe('bad input', () => {
		it('names an unknown contact', async () => {
			const contact = await ac.run({ resource: 'contactFieldValue', operation: 'getAll', contactFieldValueContact: rl('99999'), returnAll: true });
			expect(errorText(contact)).toContain('99999');
		});
	});
});

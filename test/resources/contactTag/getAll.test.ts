import { calls, rl } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('contactTag > getAll', () => {
	const ac = useSandbox();

	it("lists a contact's tags", async () => {
		const result = await ac.run({ resource: 'contactTag', operation: 'getAll', contactTagContact: rl('4'), returnAll: true });
		expect(calls(ac)).toEqual(['GET /contacts/4/contactTags']);
		expect(result.json.map((association) => association.tag).sort()).toEqual(['3', '4']);
		const limited = await ac.run({ resource: 'contactTag', operation: 'getAll', contactTagContact: rl('4'), limit: 1 });
		expect(limited.json).toHaveLength(1);
	});

	describe('bad input', () => {
		it('names an unknown contact ID', async () => {
			const id = await ac.run({ resource: 'contactTag', operation: 'getAll', contactTagContact: rl('99999'), returnAll: true });
			expect(errorText(id)).toContain('99999');
		});
	});
});

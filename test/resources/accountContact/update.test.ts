import { calls, rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('accountContact > update', () => {
	const ac = useSandbox();

	it("updates the job title of a contact's association, found by the contact", async () => {
		const result = await ac.run({ resource: 'accountContact', operation: 'update', accountContactContact: rl('8'), jobTitle: 'CTO' });
		expect(result.error).toBeUndefined();
		expect(calls(ac)).toEqual(['GET /accountContacts', 'PUT /accountContacts/2']);
		expect(sent(ac, 'GET', '/accountContacts')[0].query).toMatchObject({ 'filters[contact]': '8' });
		expect(sent(ac, 'PUT', '/accountContacts/2')[0].body).toEqual({ accountContact: { jobTitle: 'CTO' } });
		expect(result.json[0]).toMatchObject({ id: '2', contact: '8', jobTitle: 'CTO' });
	});

	describe('bad input', () => {
		it('names a contact without account', async () => {
			const unlinked = await ac.run({ resource: 'accountContact', operation: 'update', accountContactContact: rl('1'), jobTitle: 'X' });
			expect(errorText(unlinked)).toContain('contact 1 is not linked');
		});
	});
});

import { rl, sent } from '../../helpers/requests';
import { errorText, threeItems } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('accountContact > add', () => {
	const ac = useSandbox();

	it('adds a contact to an account by name with a job title', async () => {
		const result = await ac.run({
			resource: 'accountContact',
			operation: 'add',
			accountContactAccount: rl('Bletchley Systems', 'name'),
			accountContactContact: rl('ada.lovelace@example.org', 'email'),
			jobTitle: 'Analyst',
		});
		expect(result.error).toBeUndefined();
		expect(sent(ac, 'POST', '/accountContacts')[0].body).toEqual({ accountContact: { account: '2', contact: '1', jobTitle: 'Analyst' } });
		expect(result.json[0]).toMatchObject({ account: '2', contact: '1', jobTitle: 'Analyst' });
		expect(result.json[0].links).toBeUndefined();
	});

	describe('bad input', () => {
		it('names an unknown account', async () => {
			const account = await ac.run({ resource: 'accountContact', operation: 'add', accountContactAccount: rl('Nope', 'name'), accountContactContact: rl('1') });
			expect(errorText(account)).toContain('Nope');
		});

		it('with Continue On Fail, the other items succeed', async () => {
			const result = await ac.run(
				{ resource: 'accountContact', operation: 'add', accountContactAccount: rl('2'), accountContactContact: rl('={{ [1, 99999, 2][$json.n - 1] }}') },
				{ input: threeItems, settings: continueOnFail },
			);
			expect(result.json.map((item) => item.contact ?? item.error)).toEqual(['1', expect.stringContaining('contact'), '2']);
		});
	});
});

import { rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('score > getAll', () => {
	const ac = useSandbox();

	it("lists the account's lead scores", async () => {
		const all = await ac.run({ resource: 'score', operation: 'getAll', returnAll: true });
		expect(all.json.map((score) => score.name)).toEqual(['Engagement', 'Deal Fit']);
		const one = await ac.run({ resource: 'score', operation: 'getAll', returnAll: false, limit: 1 });
		expect(one.json).toHaveLength(1);
	});

	it("lists one contact's score values, the contact picked by email", async () => {
		const values = await ac.run({ resource: 'score', operation: 'getAll', returnAll: true, scoreFilters: { contact: rl('ada.lovelace@example.org', 'email') } });
		expect(sent(ac, 'GET', '/contacts/1/scoreValues')).toHaveLength(1);
		expect(values.json).toEqual([expect.objectContaining({ score: '1', contact: '1', scoreValue: '25' })]);
		expect(values.json[0].links).toBeUndefined();
	});

	it('an unknown contact fails naming it', async () => {
		const result = await ac.run({ resource: 'score', operation: 'getAll', returnAll: true, scoreFilters: { contact: rl('nobody@example.com', 'email') } });
		expect(errorText(result)).toContain('No contact with the email "nobody@example.com"');
	});
});

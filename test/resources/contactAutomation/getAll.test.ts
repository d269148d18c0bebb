import { rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('contactAutomation > getAll', () => {
	const ac = useSandbox();

	it('getAll of a contact', async () => {
		const listed = await ac.run({ resource: 'contactAutomation', operation: 'getAll', contactAutomationContact: rl('2'), returnAll: true });
		expect(sent(ac, 'GET', '/contacts/2/contactAutomations')).toHaveLength(1);
		expect(listed.json).toEqual([expect.objectContaining({ contact: '2', seriesid: '1' })]);
	});
});

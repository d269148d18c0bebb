import { rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('contactAutomation > remove', () => {
	const ac = useSandbox();

	it('remove by contact + automation', async () => {
		const listed = await ac.run({ resource: 'contactAutomation', operation: 'getAll', contactAutomationContact: rl('2'), returnAll: true });
		ac.clearRequests();
		const removed = await ac.run({ resource: 'contactAutomation', operation: 'remove', contactAutomationContact: rl('2'), contactAutomationAutomation: rl('Welcome Series', 'name') });
		const id = String(listed.json[0].id);
		expect(sent(ac, 'DELETE', `/contactAutomations/${id}`)).toHaveLength(1);
		expect(removed.json).toEqual([{ removed: true, contact: '2', automation: '1', contactAutomation: id }]);
	});

	describe('bad input', () => {
		it('not enrolled', async () => {
			expect(errorText(await ac.run({ resource: 'contactAutomation', operation: 'remove', contactAutomationContact: rl('3'), contactAutomationAutomation: rl('1') }))).toContain(
				'Contact 3 is not in automation 1',
			);
		});
	});
});

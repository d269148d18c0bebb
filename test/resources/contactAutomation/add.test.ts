import { bodyOf, rl, sent } from '../../helpers/requests';
import { errorText, items } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('contactAutomation > add', () => {
	const ac = useSandbox();

	it('add enrols a contact (by email) in an automation (by name)', async () => {
		const result = await ac.run({
			resource: 'contactAutomation',
			operation: 'add',
			contactAutomationContact: rl('ada.lovelace@example.org', 'email'),
			contactAutomationAutomation: rl('Welcome Series', 'name'),
		});
		expect(bodyOf(ac, 'POST', '/contactAutomations')).toEqual({ contactAutomation: { contact: '1', automation: '1' } });
		expect(result.json[0]).toMatchObject({ contact: '1', seriesid: '1', alreadyEnrolled: false });
	});

	it('add does not enrol a contact already in it (unless asked)', async () => {
		const result = await ac.run({ resource: 'contactAutomation', operation: 'add', contactAutomationContact: rl('2'), contactAutomationAutomation: rl('1') });
		expect(sent(ac, 'POST', '/contactAutomations')).toHaveLength(0);
		expect(result.json[0]).toMatchObject({ contact: '2', seriesid: '1', alreadyEnrolled: true });
		ac.clearRequests();
		await ac.run({ resource: 'contactAutomation', operation: 'add', contactAutomationContact: rl('2'), contactAutomationAutomation: rl('1'), options: { enrolAgain: true } });
		expect(sent(ac, 'POST', '/contactAutomations')).toHaveLength(1);
	});

	describe('bad input', () => {
		it('unknown automation name, invalid email, Continue On Fail', async () => {
			expect(errorText(await ac.run({ resource: 'contactAutomation', operation: 'add', contactAutomationContact: rl('3'), contactAutomationAutomation: rl('Nope', 'name') }))).toContain(
				'No automation named "Nope"',
			);
			expect(errorText(await ac.run({ resource: 'contactAutomation', operation: 'add', contactAutomationContact: rl('bad-email', 'email'), contactAutomationAutomation: rl('1') }))).toContain(
				'No contact with the email "bad-email"',
			);
			const result = await ac.run(
				{ resource: 'contactAutomation', operation: 'add', contactAutomationContact: rl('={{ $json.id }}'), contactAutomationAutomation: rl('2') },
				{ input: items('3', '5'), settings: continueOnFail },
			);
			expect(result.json).toHaveLength(2);
			for (const item of result.json) expect(String(item.error)).toContain('The automation "Re-engagement" is not active');
			const mixed = await ac.run(
				{ resource: 'contactAutomation', operation: 'add', contactAutomationContact: rl('={{ $json.id }}'), contactAutomationAutomation: rl('3') },
				{ input: items('3', '9999'), settings: continueOnFail },
			);
			expect(mixed.json[0]).toMatchObject({ contact: '3', seriesid: '3' });
			expect(String(mixed.json[1].error)).toMatch(/contact 9999/);
		});
	});
});

import type { IDataObject } from 'n8n-workflow';

import { bodyFingerprint, isDuplicate } from '../../nodes/ActiveCampaignTrigger/dedupe';
import type { TriggerRig } from '../helpers/triggerRig';
import { useDeliveries } from './deliveries';

describe('duplicate deliveries', () => {
	const delivery = useDeliveries();
	const { activate, api, delivered, calls } = delivery;

	const replay = async (trigger: TriggerRig, body: string) =>
		await fetch(`${delivery.base}/${trigger.node.webhookId}/webhook?secret=${String((trigger.persisted()['node:Trigger'] as IDataObject).secret)}`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body,
		});

	it('triggers once for identical deliveries within the window', async () => {
		const trigger = await activate({ events: ['update'] });
		await api('PUT', '/contacts/1', { contact: { firstName: 'Grace' } });
		const [first] = await delivered(1);
		expect(first.items).toHaveLength(1);
		const response = await replay(trigger, delivery.sandbox.deliveries[0].body);
		expect(response.status).toBe(200);
		expect(await response.json()).toMatchObject({ triggered: false, reason: 'duplicate delivery' });
		expect(calls[1].items).toEqual([]);
		// A different event (another change) is not a duplicate.
		await api('PUT', '/contacts/1', { contact: { firstName: 'Grace B.' } });
		await delivery.sandbox.waitForDeliveries(2);
		expect(calls[2].items).toHaveLength(1);
	});

	it('lets identical deliveries through when the window is 0', async () => {
		const trigger = await activate({ events: ['update'], options: { duplicateWindow: 0 } });
		await api('PUT', '/contacts/1', { contact: { firstName: 'Grace' } });
		await delivered(1);
		await replay(trigger, delivery.sandbox.deliveries[0].body);
		expect(calls.map((call) => call.items.length)).toEqual([1, 1]);
	});

	it('forgets a delivery once the window has passed', async () => {
		const { isDuplicate } = await import('../../nodes/ActiveCampaignTrigger/dedupe');
		const body = { type: 'update', 'contact[id]': '1' };
		expect(isDuplicate('hook', body, 60, 1_000_000)).toBe(false);
		expect(isDuplicate('hook', { 'contact[id]': '1', type: 'update' }, 60, 1_030_000)).toBe(true);
		expect(isDuplicate('other-hook', body, 60, 1_030_000)).toBe(false);
		expect(isDuplicate('hook', body, 60, 1_061_000)).toBe(false);
	});
});

describe('dedupe.ts helpers', () => {
	it('bodyFingerprint ignores key order, not array order or values', () => {
		const body = { type: 'update', contact: { id: '1', tags: ['a', 'b'] } };
		expect(bodyFingerprint(body)).toMatch(/^[0-9a-f]{64}$/);
		expect(bodyFingerprint({ contact: { tags: ['a', 'b'], id: '1' }, type: 'update' })).toBe(bodyFingerprint(body));
		expect(bodyFingerprint({ type: 'update', contact: { id: '1', tags: ['b', 'a'] } })).not.toBe(bodyFingerprint(body));
		expect(bodyFingerprint({ type: 'update', contact: { id: '2', tags: ['a', 'b'] } })).not.toBe(bodyFingerprint(body));
	});

	it('isDuplicate never suppresses with a window of 0', () => {
		expect(isDuplicate('hook-zero', { a: 1 }, 0, 1_000)).toBe(false);
		expect(isDuplicate('hook-zero', { a: 1 }, 0, 1_001)).toBe(false);
	});
});

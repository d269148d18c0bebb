import { parse as parseQuerystring } from 'node:querystring';

import type { IDataObject } from 'n8n-workflow';

import { clearDuplicateMemory } from '../../nodes/ActiveCampaignTrigger/dedupe';
import { emitted, useDeliveries } from './deliveries';
import { EVENT_FIXTURES, SECRET, asN8n, formBody, registeredTrigger } from './fixtures';

describe('sandbox deliveries pass through the trigger', () => {
	const delivery = useDeliveries();
	const { activate, api, delivered, calls } = delivery;

	it('turns contact and deal changes made through the API into nested items', async () => {
		await activate({ events: ['subscribe', 'update', 'deal_add', 'deal_update', 'contact_tag_added'] });

		const { contact } = await api('POST', '/contacts', {
			contact: { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace', fieldValues: [{ field: '1', value: 'German' }] },
		});
		const contactId = String((contact as IDataObject).id);
		await delivered(1);
		await api('PUT', `/contacts/${contactId}`, { contact: { lastName: 'King' } });
		await delivered(2);
		await api('POST', '/contactTags', { contactTag: { contact: contactId, tag: '3' } });
		await delivered(3);
		const { deal } = await api('POST', '/deals', {
			deal: { title: 'Analytical engine', contact: contactId, value: 150000, currency: 'usd', group: '1', stage: '1', owner: '1' },
		});
		await delivered(4);
		await api('PUT', `/deals/${String((deal as IDataObject).id)}`, { deal: { stage: '4' } });
		const all = await delivered(5);

		expect(all.map((call) => call.status)).toEqual([200, 200, 200, 200, 200]);
		const items = emitted(all);
		expect(items.map((item) => item.event)).toEqual(['subscribe', 'update', 'contact_tag_added', 'deal_add', 'deal_update']);
		for (const item of items) {
			expect(item.source).toBe('api');
			expect(Date.parse(String(item.occurredAt))).toBeGreaterThan(Date.now() - 60_000);
			expect(item.contact).toMatchObject({ id: contactId, email: 'ada@example.com', firstName: 'Ada' });
			expect((item.contact as IDataObject).fields).toMatchObject({ '1': 'German' });
		}
		expect(items[1].contact).toMatchObject({ lastName: 'King' });
		expect(items[2].tag).toEqual({ name: expect.any(String) });
		expect((items[2].contact as IDataObject).tags).toContain((items[2].tag as IDataObject).name);
		expect(items[3].deal).toMatchObject({ title: 'Analytical engine', value: '150000', valueAmount: 1500, stageTitle: 'To Contact', status: 0 });
		expect(items[4].deal).toMatchObject({ stageId: '4', stageTitle: 'Negotiation' });
		expect(items[4].updatedFields).toEqual(expect.arrayContaining(['stage']));
	});

	it('answers 401 to a delivery with a forged secret and starts nothing', async () => {
		const trigger = await activate({ events: ['update'] });
		const forged = trigger.url() + '?secret=forged';
		const response = await fetch(forged, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: 'type=update&contact[id]=1',
		});
		expect(response.status).toBe(401);
		expect(calls[0].items).toEqual([]);
	});
});

describe('webhook() answers', () => {
	beforeEach(() => clearDuplicateMemory());

	const trigger = registeredTrigger();
	const body = () => asN8n(EVENT_FIXTURES.update.pairs);

	it('rejects a missing or wrong secret with 401 and no item', async () => {
		for (const query of [{}, { secret: 'wrong' }, { secret: '' }, { secret: ['x', SECRET] }]) {
			const call = await trigger.call(body(), query);
			expect(call.status).toBe(401);
			expect(call.response.noWebhookResponse).toBe(true);
			expect(call.response.workflowData).toBeUndefined();
			expect(call.items).toEqual([]);
		}
	});

	it('answers 200 with a small JSON body for accepted calls', async () => {
		const call = await trigger.call(body(), { secret: SECRET });
		expect(call.status).toBe(200);
		expect(call.response.webhookResponse).toEqual({ received: true, triggered: true });
	});

	it('answers 400 with a clear reason for an empty or malformed body', async () => {
		for (const bad of [{}, '', 'not a form', { foo: 'bar' }, null, 42, ['type', 'x'], '{"type": ']) {
			const call = await trigger.call(bad, { secret: SECRET });
			expect(call.status).toBe(400);
			expect(call.items).toEqual([]);
			expect(String((call.res.body as IDataObject).error)).toMatch(/type|body/i);
		}
	});

	it('keeps the raw body when asked', async () => {
		const withRaw = registeredTrigger({ options: { includeRaw: true } });
		const raw = body();
		const call = await withRaw.call(raw, { secret: SECRET });
		expect(call.items[0].raw).toEqual(raw);
	});

	it('filters events that are not selected, with 200 and no execution', async () => {
		const onlyDeals = registeredTrigger({ events: ['deal_add'] });
		const call = await onlyDeals.call(body(), { secret: SECRET });
		expect(call.status).toBe(200);
		expect(call.response.workflowData).toBeUndefined();
		expect(call.response.webhookResponse).toMatchObject({ triggered: false });
	});

	it('fuzz: 1,000 random bodies never throw out of webhook() and never answer 410', async () => {
		let seed = 42;
		const random = () => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;
			return seed / 2 ** 31;
		};
		const pick = <T>(values: T[]): T => values[Math.floor(random() * values.length)];
		const keyParts = ['type', 'contact', 'deal', 'fields', '', '0', '__proto__', 'list', 'updated_fields', 'date_time', '[', ']', 'x'];
		const values = ['', 'deal_update', 'update', '2017-13-45T99:99:99', 'NaN', '1e309', '||a||', ',,,', '%', '\u0000', '💥', '-1', '0'];
		const fuzzKey = (): string => {
			let key = pick(keyParts);
			const depth = Math.floor(random() * 4);
			for (let i = 0; i < depth; i++) key += random() < 0.8 ? `[${pick(keyParts)}]` : pick(['[', ']', '[[', ']]']);
			return key;
		};
		for (let run = 0; run < 1000; run++) {
			const pairs: Array<[string, string]> = [];
			const count = Math.floor(random() * 12);
			for (let i = 0; i < count; i++) pairs.push([fuzzKey(), pick(values)]);
			if (random() < 0.5) pairs.push(['type', pick(['update', 'deal_update', 'subscribe', ''])]);
			const shape = random();
			const input: unknown =
				shape < 0.6
					? parseQuerystring(formBody(pairs))
					: shape < 0.8
						? formBody(pairs)
						: shape < 0.9
							? Object.fromEntries(pairs.map(([key, value]) => [key, random() < 0.5 ? { nested: value, deeper: [value] } : [value, value]]))
							: pick([undefined, null, 7, true, [], '{bad json', { type: { deep: { deeper: 'x' } } }]);
			const call = await trigger.call(input, { secret: SECRET });
			expect([200, 400]).toContain(call.status);
			if (call.items.length > 0) expect(typeof call.items[0].event).toBe('string');
		}
	});
});

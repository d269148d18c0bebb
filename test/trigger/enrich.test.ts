import type { IDataObject } from 'n8n-workflow';

import { useDeliveries } from './deliveries';

describe('enrichment', () => {
	const delivery = useDeliveries();
	const { activate, api, delivered } = delivery;

	it('is off by default: no extra API requests', async () => {
		await activate({ events: ['update'] });
		const before = delivery.sandbox.requests.length;
		await api('PUT', '/contacts/1', { contact: { firstName: 'Grace' } });
		const [call] = await delivered(1);
		expect(delivery.sandbox.requests.length - before).toBe(1); // only the PUT itself
		expect(call.items[0].contact).not.toHaveProperty('fieldsByTitle');
	});

	it('adds custom fields by title, tags, lists and the full contact', async () => {
		await activate({ events: ['update'], options: { enrich: true } });
		await api('PUT', '/contacts/1', { contact: { firstName: 'Grace' } });
		const [call] = await delivered(1);
		const contact = call.items[0].contact as IDataObject;
		expect(contact.fieldsByTitle).toMatchObject({ 'Preferred Language': expect.any(String), Interests: ['Product', 'Engineering'] });
		expect(contact.fields).toMatchObject({ '1': expect.any(String), '3': ['Product', 'Engineering'] });
		expect(contact.tags).toEqual(expect.arrayContaining([expect.any(String)]));
		expect(contact.lists).toEqual(expect.arrayContaining([expect.objectContaining({ id: '1', name: expect.any(String), status: 1 })]));
		expect(contact.details).toMatchObject({ id: '1', firstName: 'Grace' });
		expect(contact.details).not.toHaveProperty('links');
		// The full contact as the ActiveCampaign node's Simplify shows it: id first, custom fields by title, typed.
		const details = contact.details as IDataObject;
		expect(Object.keys(details)[0]).toBe('id');
		expect(details).not.toHaveProperty('hash');
		expect(details.customFields).toMatchObject({ 'Preferred Language': expect.any(String), Interests: ['Product', 'Engineering'] });
	});

	it('adds deal custom fields by title and the full deal', async () => {
		await activate({ events: ['deal_update'], options: { enrich: true } });
		await api('PUT', '/deals/1', { deal: { title: 'Bigger' } });
		const [call] = await delivered(1);
		const deal = call.items[0].deal as IDataObject;
		expect(deal.fieldsByTitle).toEqual({ 'Lead Source': 'Website' });
		expect(deal.details).toMatchObject({ id: '1', title: 'Bigger', valueAmount: expect.any(Number), statusLabel: expect.any(String) });
		expect(deal.details).not.toHaveProperty('hash');
	});

	it('still emits the event, with the reason, when the record cannot be read', async () => {
		await activate({ events: ['update'], options: { enrich: true } });
		delivery.sandbox.injectFault({ method: 'GET', path: '/api/3/contacts/2', status: 403, body: { message: 'Forbidden' }, times: 5 });
		await api('PUT', '/contacts/2', { contact: { firstName: 'Ada' } });
		const [call] = await delivered(1);
		expect(call.status).toBe(200);
		expect(call.items[0].enrichmentError).toMatch(/refused access/);
		expect(call.items[0].contact).toMatchObject({ id: '2', firstName: 'Ada' });
	});
});

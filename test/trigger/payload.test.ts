import { parse as parseQuerystring } from 'node:querystring';

import type { IDataObject } from 'n8n-workflow';

import { clearDuplicateMemory } from '../../nodes/ActiveCampaignTrigger/dedupe';
import { DOCUMENTED_EVENTS, EXTRA_EVENTS } from '../../nodes/ActiveCampaignTrigger/events';
import { camelCase, offsetMinutes, parseEvent, parseFormString, splitKey, toIsoDate, toNumber, unflatten } from '../../nodes/ActiveCampaignTrigger/payload';
import { EVENT_FIXTURES, SECRET, asN8n, formBody, registeredTrigger } from './fixtures';

beforeEach(() => clearDuplicateMemory());

describe('every documented event becomes one nested item', () => {
	it('has a fixture for each of the 25 documented and 5 extra events', () => {
		expect(Object.keys(EVENT_FIXTURES).sort()).toEqual([...DOCUMENTED_EVENTS, ...EXTRA_EVENTS].sort());
	});

	const trigger = registeredTrigger();
	for (const [event, fixture] of Object.entries(EVENT_FIXTURES)) {
		it(`${event}`, async () => {
			const call = await trigger.call(asN8n(fixture.pairs), { secret: SECRET });
			expect(call.status).toBe(200);
			expect(call.items).toHaveLength(1);
			const item = call.items[0];
			expect(item.event).toBe(event);
			expect(['admin', 'public', 'system', 'api']).toContain(item.source);
			expect(item.occurredAt).toBe('2017-11-24T16:06:22.000Z');
			expect('list' in item).toBe(true);
			for (const key of fixture.objects) {
				expect(typeof item[key]).toBe('object');
				expect(item[key]).not.toBeNull();
			}
			// No flat bracket keys survive anywhere.
			expect(JSON.stringify(item)).not.toMatch(/"[a-z_]+\[/);
			if (item.contact) {
				const contact = item.contact as IDataObject;
				expect(contact).toMatchObject({ id: '9', email: 'lrubiano@grplug.com', firstName: 'Lelia', lastName: 'Rubiano' });
				expect(contact.tags).toEqual(['vip', 'newsletter']);
				expect(contact.fields).toEqual({ '1': 'field1', '2': ['Option 1', 'Option 3'] });
			}
			if (item.deal) {
				expect(item.deal).toMatchObject({
					id: '1',
					title: 'deal1',
					value: '123450',
					valueAmount: 1234.5,
					currency: 'usd',
					status: 0,
					statusLabel: 'open',
					stageId: '1',
					stageTitle: 'To Contact',
					pipelineId: '1',
					ownerId: '1',
					createdAt: '2017-11-24T16:06:22.000Z',
				});
			}
		});
	}

	it('shapes event-specific blocks', () => {
		const item = (event: string) => parseEvent(asN8n(EVENT_FIXTURES[event].pairs)).item;
		expect(item('deal_update').updatedFields).toEqual(['title', 'mdate', 'nextdate', 'stage', 'contact']);
		expect(item('subscribe').list).toEqual({ id: '1' });
		expect(item('update').list).toBeNull();
		expect(item('list_add').list).toMatchObject({ id: '6', name: 'Webinar', userId: '1', senderCity: 'Chicago', fullAddress: '1 Main St, Chicago' });
		expect(item('contact_tag_added').tag).toEqual({ name: 'vip' });
		expect(item('subscriber_note').note).toEqual({ text: 'Called, wants a demo' });
		expect(item('deal_note_add').note).toEqual({ id: '8', text: 'Sent the quote' });
		expect(item('deal_task_complete').task).toMatchObject({
			id: '1',
			typeId: '1',
			typeTitle: 'Call',
			note: 'task1',
			dueAt: '2017-11-25T17:00:00.000Z',
			endAt: '2017-11-25T17:15:00.000Z',
			doneAt: '2017-11-28T14:59:17.000Z',
		});
		expect(item('contact_task_add').task).toMatchObject({ dueAt: '2017-11-25T17:00:00.000Z', title: 'Call back' });
		expect(item('sent').campaign).toMatchObject({
			id: '12',
			status: 5,
			recipients: 250,
			message: { id: '7', subject: 'Spring is here' },
			webcopyUrl: expect.stringContaining('https://'),
		});
		expect(item('click').link).toEqual({ id: '33', url: 'https://example.com/sale' });
		expect(item('open').userAgent).toBe('Mozilla/5.0');
		expect(item('reply').reply).toEqual({ result: 'ok', message: 'Thanks!' });
		expect(item('forward').forward).toEqual({ count: 2 });
		expect(item('bounce').bounce).toEqual({ type: 'hard', code: '5.1.1', description: 'Mailbox does not exist' });
		expect(item('sms_sent').sms).toMatchObject({ id: '77', successful: true });
		expect(item('unsubscribe')).toMatchObject({ accountId: '474042', unsubscribe: { reason: 'Too many emails' } });
		expect(item('account_add').account).toMatchObject({
			id: '4',
			name: 'Acme',
			accountUrl: 'https://acme.example',
			createdAt: '2017-11-20T14:00:00.000Z',
			fields: { 'Industry/Vertical': 'Retail' },
		});
		expect(item('account_contact_add').accountContact).toEqual({ id: '3', account: '4', contact: '9', jobTitle: 'CTO' });
		expect(item('deal_stage_add').stage).toEqual({ id: '9', title: 'Negotiation', color: '32B0FC' });
	});
});

describe('body shapes', () => {
	it('accepts already-nested objects (an extended body parser) the same way', () => {
		const flat = parseEvent(asN8n(EVENT_FIXTURES.deal_update.pairs)).item;
		const nested = parseEvent({
			type: 'deal_update',
			date_time: '2017-11-24T10:06:22-06:00',
			initiated_from: 'admin',
			initiated_by: 'admin',
			list: '0',
			deal: Object.fromEntries(
				EVENT_FIXTURES.deal_update.pairs
					.filter(([key]) => key.startsWith('deal['))
					.map(([key, value]) => [key.slice(5, -1), value]),
			),
			updated_fields: ['title', 'mdate', 'nextdate', 'stage', 'contact'],
			contact: {
				id: '9',
				email: 'lrubiano@grplug.com',
				first_name: 'Lelia',
				last_name: 'Rubiano',
				phone: '',
				tags: 'vip, newsletter',
				orgname: '',
				ip: '0.0.0.0',
				fields: { 1: 'field1', 2: '||Option 1||Option 3||' },
			},
			orgname: '',
		}).item;
		expect(nested).toEqual(flat);
	});

	it('accepts a raw form string', () => {
		const fromString = parseEvent(formBody(EVENT_FIXTURES.subscribe.pairs)).item;
		expect(fromString).toEqual(parseEvent(asN8n(EVENT_FIXTURES.subscribe.pairs)).item);
	});

	it('keeps repeated keys and [] appends as arrays', () => {
		const body = parseQuerystring(
			'type=deal_update&updated_fields[]=stage&updated_fields[]=status&contact[id]=1&contact[tags]=a&contact[tags]=b&list=2&list[][id]=3&list[][id]=4',
		);
		const { item } = parseEvent(body);
		expect(item.updatedFields).toEqual(['stage', 'status']);
		expect((item.contact as IDataObject).tags).toEqual(['a', 'b']);
		expect(item.list).toEqual({ id: '2' });
		expect(item.lists).toEqual([{ id: '3' }, { id: '4' }]);
	});

	it('never lets keys pollute prototypes', () => {
		const tree = unflatten(parseQuerystring('__proto__[polluted]=1&contact[__proto__][x]=1&constructor[prototype][y]=2&type=update'));
		expect(({} as IDataObject).polluted).toBeUndefined();
		expect(({} as IDataObject).y).toBeUndefined();
		expect(Object.keys(tree)).toEqual(['contact', 'type']);
	});

	it('splits PHP keys', () => {
		expect(splitKey('contact[fields][12]')).toEqual(['contact', 'fields', '12']);
		expect(splitKey('list[][id]')).toEqual(['list', '', 'id']);
		expect(splitKey('odd]key[')).toEqual(['odd]key[']);
		expect(splitKey('a[b]c')).toEqual(['a', 'bc']);
	});
});

describe('payload.ts helpers', () => {
	it('parseFormString decodes a raw form, repeated keys as arrays', () => {
		expect(parseFormString('type=update&contact%5Bemail%5D=ada%40example.org&tag=a&tag=b&tag=c')).toEqual({
			type: 'update',
			'contact[email]': 'ada@example.org',
			tag: ['a', 'b', 'c'],
		});
		expect(parseFormString('first+name=Ada+L')).toEqual({ 'first name': 'Ada L' });
		expect(parseFormString('')).toEqual({});
	});

	it('camelCase renames known keys and camel-cases the rest', () => {
		expect(camelCase('first_name')).toBe('firstName');
		expect(camelCase('stageid')).toBe('stageId');
		expect(camelCase('owner_firstname')).toBe('ownerFirstName');
		expect(camelCase('a-b_c')).toBe('aBC');
		expect(camelCase('title')).toBe('title');
	});

	it('toNumber reads plain decimal numbers (thousands separators allowed), nothing else', () => {
		expect(toNumber('1,234.50')).toBe(1234.5);
		expect(toNumber(' -3 ')).toBe(-3);
		expect(toNumber(7)).toBe(7);
		expect(toNumber(Infinity)).toBeNull();
		expect(toNumber('1e3')).toBeNull();
		expect(toNumber('abc')).toBeNull();
		expect(toNumber('')).toBeNull();
		expect(toNumber(null)).toBeNull();
	});

	it('offsetMinutes reads the offset of an ISO date', () => {
		expect(offsetMinutes('2017-11-24T10:06:22-06:00')).toBe(-360);
		expect(offsetMinutes('2017-11-24T10:06:22+0530')).toBe(330);
		expect(offsetMinutes('2017-11-24T16:06:22Z')).toBe(0);
		expect(offsetMinutes('2017-11-24 10:06:22')).toBeUndefined();
		expect(offsetMinutes(undefined)).toBeUndefined();
	});

	it('toIsoDate: UTC ISO from an ISO date or an account-time date; empty and zero dates are null', () => {
		expect(toIsoDate('2017-11-24 10:06:22', -360)).toBe('2017-11-24T16:06:22.000Z');
		expect(toIsoDate('2017-11-24', 0)).toBe('2017-11-24T00:00:00.000Z');
		expect(toIsoDate('2017-11-24 10:06')).toBe('2017-11-24T10:06:00.000Z');
		expect(toIsoDate('2017-11-24T10:06:22-06:00')).toBe('2017-11-24T16:06:22.000Z');
		expect(toIsoDate('0000-00-00 00:00:00')).toBeNull();
		expect(toIsoDate('  ')).toBeNull();
		expect(toIsoDate(12)).toBeNull();
		expect(toIsoDate('not a date')).toBe('not a date');
	});
});

import {
	customFieldValue,
	isoDate,
	kindOfProperty,
	listValue,
	simplifyRecord,
} from '../../../nodes/ActiveCampaign/shared/output/simplify';
import { RECORD_KINDS, type RecordKind } from '../../../nodes/ActiveCampaign/shared/records/kinds';

/** A contact as GET /contacts/{id} answers it (recorded 2026, shortened). */
const contactResponse = {
	fieldValues: [
		{ contact: '1', field: '1', value: 'German', id: '11' },
		{ contact: '1', field: '3', value: '||Product||Engineering||', id: '12' },
		{ contact: '1', field: '4', value: '250', id: '13' },
		{ contact: '1', field: '2', value: '1990-04-01', id: '14' },
		{ contact: '1', field: '6', value: '2026-03-01T05:30:00-05:00', id: '15' },
		{ contact: '1', field: '99', value: 'orphan', id: '16' },
	],
	contact: {
		cdate: '2026-05-28T03:05:54-05:00',
		email: 'ada@example.com',
		phone: '',
		firstName: 'Ada',
		lastName: 'Lovelace',
		segmentio_id: '',
		hash: 'f53b6b524f5f3ad3e',
		gravatar: '0',
		mpp_tracking: '0',
		adate: null,
		udate: '2026-05-28T04:05:22-05:00',
		edate: null,
		created_utc_timestamp: '2026-05-28 03:05:54',
		links: { notes: 'https://x.api-us1.com/api/3/contacts/1/notes' },
		id: '1',
		organization: null,
	},
};

const definitions = [
	{ id: '1', title: 'Preferred Language', type: 'dropdown' },
	{ id: '2', title: 'Birthday', type: 'date' },
	{ id: '3', title: 'Interests', type: 'checkbox' },
	{ id: '4', title: 'Company Size', type: 'number' },
	{ id: '6', title: 'Last Demo', type: 'datetime' },
];

describe('simplify', () => {
	it('a contact: id first, the fields people map, dates ISO (UTC), custom fields under their titles, typed', () => {
		const simplified = simplifyRecord(RECORD_KINDS.contact, contactResponse.contact, { body: contactResponse, fieldDefinitions: definitions });
		expect(simplified).toEqual({
			id: '1',
			email: 'ada@example.com',
			firstName: 'Ada',
			lastName: 'Lovelace',
			phone: '',
			cdate: '2026-05-28T08:05:54.000Z',
			udate: '2026-05-28T09:05:22.000Z',
			customFields: {
				'Preferred Language': 'German',
				Interests: ['Product', 'Engineering'],
				'Company Size': 250,
				Birthday: '1990-04-01',
				'Last Demo': '2026-03-01T10:30:00.000Z',
				99: 'orphan',
			},
		});
		expect(Object.keys(simplified)[0]).toBe('id');
	});

	it('a contact without side-loaded field values has no customFields; other contacts\' values are not taken', () => {
		expect(simplifyRecord(RECORD_KINDS.contact, contactResponse.contact)).not.toHaveProperty('customFields');
		const other = { ...contactResponse.contact, id: '2' };
		expect(simplifyRecord(RECORD_KINDS.contact, other, { body: contactResponse, fieldDefinitions: definitions }).customFields).toEqual({});
	});

	it('a deal: value as a number in cents with valueAmount beside it, status label, names of the side-loaded pipeline, stage and contact', () => {
		const body = {
			contacts: [{ id: '1', email: 'ada@example.com', firstName: 'Ada' }],
			dealGroups: [{ id: '4', title: 'Sales Pipeline' }],
			dealStages: [{ id: '10', title: 'Negotiation', group: '4' }],
			deal: {
				title: 'Website redesign',
				value: '150050',
				currency: 'usd',
				contact: '1',
				owner: '1',
				group: '4',
				stage: '10',
				cdate: '2026-05-28T04:05:28-05:00',
				mdate: '2026-05-28T04:05:28-05:00',
				status: '1',
				hash: 'b7d0a729',
				nextdate: null,
				winProbability: null,
				links: {},
				id: '15',
				isDisabled: false,
			},
		};
		expect(simplifyRecord(RECORD_KINDS.deal, body.deal, { body })).toEqual({
			id: '15',
			title: 'Website redesign',
			value: 150050,
			valueAmount: 1500.5,
			currency: 'usd',
			status: 1,
			statusLabel: 'won',
			stage: '10',
			group: '4',
			owner: '1',
			contact: '1',
			winProbability: null,
			nextdate: null,
			cdate: '2026-05-28T09:05:28.000Z',
			mdate: '2026-05-28T09:05:28.000Z',
			isDisabled: false,
			stageName: 'Negotiation',
			pipelineName: 'Sales Pipeline',
			contactEmail: 'ada@example.com',
		});
	});

	it('a deal write: the custom field values it echoes, under their labels and typed', () => {
		const deal = { id: '16', title: 'X', fields: [{ customFieldId: 2, fieldValue: '2026-09-30', dealId: '16' }, { customFieldId: 3, fieldValue: ['a', 'b'] }, { customFieldId: 4, fieldValue: 150050 }] };
		const fieldDefinitions = [
			{ id: '2', title: 'Close Date', type: 'date' },
			{ id: '3', title: 'Channels', type: 'multiselect' },
			{ id: '4', title: 'Budget', type: 'currency' },
		];
		expect(simplifyRecord(RECORD_KINDS.deal, deal, { fieldDefinitions }).customFields).toEqual({ 'Close Date': '2026-09-30', Channels: ['a', 'b'], Budget: 150050 });
		expect(simplifyRecord(RECORD_KINDS.deal, { id: '1' })).not.toHaveProperty('customFields');
	});

	it('a deal the user cannot see keeps what the API gives (FACTS: {title,status,id,isDisabled})', () => {
		expect(simplifyRecord(RECORD_KINDS.deal, { title: 'Hidden', status: '0', id: '1', isDisabled: true })).toEqual({
			id: '1',
			title: 'Hidden',
			status: 0,
			statusLabel: 'open',
			isDisabled: true,
		});
	});

	it('names from a list of IDs: a pipeline with its stages', () => {
		const body = { dealStages: [{ id: '1', title: 'To Contact' }, { id: '2', title: 'In Contact' }] };
		const pipeline = { title: 'Sales', stages: ['1', '2', '3'], id: '4', allusers: '1', cdate: '0000-00-00 00:00:00' };
		expect(simplifyRecord(RECORD_KINDS.pipeline, pipeline, { body })).toEqual({
			id: '4',
			title: 'Sales',
			stages: ['1', '2', '3'],
			allusers: true,
			cdate: null,
			stageNames: ['To Contact', 'In Contact', null],
		});
	});

	it('a kind without a shape keeps every field but links, id first', () => {
		const kind: RecordKind = { label: 'thing', path: '/things', rootProperty: 'things', nameField: 'name' };
		const simplified = simplifyRecord(kind, { name: 'x', links: { a: 'b' }, id: '3', extra: '1' });
		expect(simplified).toEqual({ id: '3', name: 'x', extra: '1' });
		expect(Object.keys(simplified)).toEqual(['id', 'name', 'extra']);
		expect(simplifyRecord(undefined, { name: 'y' })).toEqual({ name: 'y' });
	});

	it('every kind with a shape puts id first and leaves out fields the record does not have', () => {
		for (const kind of Object.values(RECORD_KINDS) as RecordKind[]) {
			if (!kind.simplified) continue;
			expect(Object.keys(simplifyRecord(kind, { id: '9', links: {} }))).toEqual(['id']);
		}
	});

	it('the kind of a response wrapper: singular, plural, and ActiveCampaign\'s -um/-a', () => {
		expect(kindOfProperty('contact')).toBe(RECORD_KINDS.contact);
		expect(kindOfProperty('contacts')).toBe(RECORD_KINDS.contact);
		expect(kindOfProperty('dealGroup')).toBe(RECORD_KINDS.pipeline);
		expect(kindOfProperty('dealTask')).toBe(RECORD_KINDS.task);
		expect(kindOfProperty('dealCustomFieldMetum')).toBe(RECORD_KINDS.dealCustomField);
		expect(kindOfProperty('ecomOrderProduct')).toBe(RECORD_KINDS.ecommerceOrderProduct);
		expect(kindOfProperty('links')).toBeUndefined();
	});

	it('values: ISO dates in UTC, zero-dates null; lists; custom field values by type', () => {
		expect(isoDate('2026-05-28T04:05:22-05:00')).toBe('2026-05-28T09:05:22.000Z');
		expect(isoDate('0000-00-00 00:00:00')).toBeNull();
		expect(isoDate('0000-00-00')).toBeNull();
		expect(isoDate('')).toBeNull();
		expect(isoDate('2026-05-28')).toBe('2026-05-28');
		expect(listValue('||a||b||')).toEqual(['a', 'b']);
		expect(listValue(['x'])).toEqual(['x']);
		expect(listValue('')).toEqual([]);
		expect(customFieldValue('listbox', '||a||b||')).toEqual(['a', 'b']);
		expect(customFieldValue('checkbox', '')).toEqual([]);
		expect(customFieldValue('number', '12.5')).toBe(12.5);
		expect(customFieldValue('number', '')).toBeNull();
		expect(customFieldValue('number', 'n/a')).toBe('n/a');
		expect(customFieldValue('date', '2026-01-02')).toBe('2026-01-02');
		expect(customFieldValue('datetime', '2026-01-02T03:04:05+01:00')).toBe('2026-01-02T02:04:05.000Z');
		expect(customFieldValue('text', 'hello')).toBe('hello');
		expect(customFieldValue('', '7')).toBe('7');
	});
});

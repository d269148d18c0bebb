import {
	kindOfCollection,
	kindOfModel,
	recordLabel,
	recordNamed,
	RECORD_KINDS,
	RELATION_TYPES,
	searchableKinds,
} from '../../../nodes/ActiveCampaign/shared/records/kinds';

describe('kinds.ts: the record kinds of the API', () => {
	it('recordLabel: the display name of the kind, else its name field, else the ID', () => {
		expect(recordLabel(RECORD_KINDS.contact, { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org' })).toBe('Ada Lovelace - ada@example.org');
		expect(recordLabel(RECORD_KINDS.contact, { email: 'ada@example.org' })).toBe('ada@example.org');
		expect(recordLabel(RECORD_KINDS.tag, { id: '3', tag: 'vip' })).toBe('vip');
		expect(recordLabel(RECORD_KINDS.list, { id: '7' })).toBe('7');
	});

	it('recordNamed: exact, any case, on the name field or what the kind also matches', () => {
		const user = { username: 'jdoe', email: 'john@example.com', firstName: 'John', lastName: 'Doe' };
		expect(recordNamed(RECORD_KINDS.user, user, 'JDOE')).toBe(true);
		expect(recordNamed(RECORD_KINDS.user, user, ' john doe ')).toBe(true);
		expect(recordNamed(RECORD_KINDS.user, user, 'john@example.com')).toBe(true);
		expect(recordNamed(RECORD_KINDS.user, user, 'jd')).toBe(false);
		expect(recordNamed(RECORD_KINDS.user, user, '')).toBe(false);
		expect(recordNamed(RECORD_KINDS.tag, { tag: 'vip' }, 'VIP')).toBe(true);
	});

	it('finds a kind by its collection or by the model name in API messages', () => {
		expect(kindOfCollection('dealGroups')?.label).toBe('pipeline');
		expect(kindOfCollection('contacts')).toBe(RECORD_KINDS.contact);
		expect(kindOfCollection('widgets')).toBeUndefined();
		expect(kindOfModel('Subscriber')).toBe(RECORD_KINDS.contact);
		expect(kindOfModel('Nothing')).toBeUndefined();
	});

	it('searchable kinds each name their own search method', () => {
		const methods = searchableKinds().map((kind) => kind.searchMethod);
		expect(methods).toEqual(expect.arrayContaining(['searchContacts', 'searchLists', 'searchTags', 'searchUsers']));
		expect(new Set(methods).size).toBe(methods.length);
	});

	it('notes and tasks attach to contacts, deals and accounts', () => {
		expect(RELATION_TYPES.contact).toMatchObject({ reltype: 'Subscriber', ownerType: 'contact', kind: RECORD_KINDS.contact });
		expect(RELATION_TYPES.deal.reltype).toBe('Deal');
		expect(RELATION_TYPES.account.reltype).toBe('CustomerAccount');
	});
});

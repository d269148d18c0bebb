import {
	ACCOUNT_CUSTOM_FIELDS,
	CONTACT_CUSTOM_FIELDS,
	findCustomField,
	formatCustomFieldValue,
} from '../../../nodes/ActiveCampaign/shared/customFields/values';

describe('values.ts: custom field values as ActiveCampaign stores them', () => {
	it('multi-value fields (checkbox, listbox, multiselect) become ||a||b|| from a text or a list', () => {
		expect(formatCustomFieldValue('checkbox', 'Product, Marketing')).toBe('||Product||Marketing||');
		expect(formatCustomFieldValue('listbox', ['a', ' b ', ''])).toBe('||a||b||');
		expect(formatCustomFieldValue('MultiSelect', '||a||b||')).toBe('||a||b||');
		expect(formatCustomFieldValue('checkbox', '')).toBe('');
	});

	it('date fields become YYYY-MM-DD, from a date, a date-time or Unix seconds', () => {
		expect(formatCustomFieldValue('date', ' 2026-03-04 ')).toBe('2026-03-04');
		expect(formatCustomFieldValue('date', '2026-03-04T15:30:00Z')).toBe('2026-03-04');
		expect(formatCustomFieldValue('date', String(Date.UTC(2026, 2, 4, 12) / 1000))).toBe('2026-03-04');
		expect(formatCustomFieldValue('date', new Date(Date.UTC(2026, 2, 4)))).toBe('2026-03-04');
		expect(() => formatCustomFieldValue('date', 'soon')).toThrow('expects a date (YYYY-MM-DD), got "soon"');
	});

	it('datetime fields become ISO 8601 with their offset, without milliseconds', () => {
		expect(formatCustomFieldValue('datetime', '2026-03-04T10:00:00.000+02:00')).toBe('2026-03-04T10:00:00+02:00');
		expect(formatCustomFieldValue('datetime', '2026-03-04 10:00:00')).toMatch(/^2026-03-04T10:00:00/);
		expect(() => formatCustomFieldValue('datetime', 'later')).toThrow('expects a date and time (ISO 8601), got "later"');
	});

	it('other fields take the value as text; nothing stays empty', () => {
		expect(formatCustomFieldValue('text', 42)).toBe('42');
		expect(formatCustomFieldValue('text', ['a', 'b'])).toBe('a, b');
		expect(formatCustomFieldValue('textarea', { a: 1 })).toBe('{"a":1}');
		expect(formatCustomFieldValue('text', '  ')).toBe('');
		expect(formatCustomFieldValue('date', null)).toBe('');
		expect(formatCustomFieldValue('date', undefined)).toBe('');
	});

	it('findCustomField finds a field by ID, title or personalization tag, in any case', () => {
		const fields = [
			{ id: '1', title: 'Preferred Language', perstag: 'PREFERRED_LANGUAGE', type: 'text' },
			{ id: '6', title: 'Last Demo', perstag: 'LAST_DEMO', type: 'datetime' },
		];
		expect(findCustomField(fields, CONTACT_CUSTOM_FIELDS, '6')?.title).toBe('Last Demo');
		expect(findCustomField(fields, CONTACT_CUSTOM_FIELDS, ' preferred language ')?.id).toBe('1');
		expect(findCustomField(fields, CONTACT_CUSTOM_FIELDS, '%LAST_DEMO%')?.id).toBe('6');
		expect(findCustomField(fields, CONTACT_CUSTOM_FIELDS, 'last_demo')?.id).toBe('6');
		expect(findCustomField(fields, CONTACT_CUSTOM_FIELDS, 'Shoe Size')).toBeUndefined();
		expect(findCustomField(fields, CONTACT_CUSTOM_FIELDS, '')).toBeUndefined();
		const accountFields = [{ id: '1', fieldLabel: 'Industry', personalization: '%INDUSTRY%' }];
		expect(findCustomField(accountFields, ACCOUNT_CUSTOM_FIELDS, 'industry')?.id).toBe('1');
		expect(findCustomField(accountFields, ACCOUNT_CUSTOM_FIELDS, 'INDUSTRY')?.id).toBe('1');
	});

	it('each record kind puts a value in its own shape', () => {
		expect(CONTACT_CUSTOM_FIELDS.entry('3', '||a||')).toEqual({ field: '3', value: '||a||' });
		expect(ACCOUNT_CUSTOM_FIELDS.entry('1', 'Hardware')).toEqual({ customFieldId: '1', fieldValue: 'Hardware' });
	});
});

/** Contact custom fields: /fields, /fieldOption/bulk, /fieldRels, /fieldValues. */
import { links, type Ctx } from '../context';
import { findOr404, mount, type ResourceSpec } from '../crud';
import { ApiError, isBlank, notFound, ok, str, unprocessable, unwrap } from '../http';
import { contains } from '../query';
import type { Router } from '../router';
import type { Json, Row } from '../store';
import { isoDate, isoOrNull, parseDate, sqlDate } from '../time';
import { presentContact } from './contacts';

export const FIELD_TYPES = ['text', 'textarea', 'date', 'datetime', 'dropdown', 'listbox', 'radio', 'checkbox', 'hidden', 'number'];
const MULTI_VALUE_TYPES = new Set(['checkbox', 'listbox']);

function perstag(title: string): string {
	return title
		.toUpperCase()
		.replace(/[^A-Z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');
}

export function presentField(row: Row, ctx: Ctx): Json {
	const store = ctx.store;
	return {
		title: row.title,
		descript: row.descript,
		type: row.type,
		isrequired: row.isrequired,
		perstag: row.perstag,
		defval: row.defval,
		show_in_list: '0',
		rows: '0',
		cols: '0',
		visible: row.visible,
		service: row.service,
		ordernum: row.ordernum,
		cdate: isoDate(row._c),
		udate: isoDate(row._u),
		created_timestamp: sqlDate(row._c),
		updated_timestamp: sqlDate(row._u),
		created_by: '1',
		updated_by: '1',
		options: store.table('fieldOptions').where((option) => option.field === row.id).map((option) => option.id),
		relations: store.table('fieldRels').where((relation) => relation.field === row.id).map((relation) => relation.id),
		links: links(ctx, 'fields', row.id, ['options', 'relations']),
		id: row.id,
	};
}

export function presentFieldOption(option: Row, ctx: Ctx): Json {
	return {
		field: option.field,
		orderid: option.orderid,
		value: option.value,
		label: option.label,
		isdefault: option.isdefault,
		cdate: isoOrNull(option._cd),
		udate: isoOrNull(option._ud),
		links: links(ctx, 'fieldOptions', option.id, ['field']),
		id: option.id,
	};
}

export function presentFieldRel(relation: Row): Json {
	return { field: relation.field, relid: relation.relid, dorder: '0', cdate: isoDate(relation._c), links: [], id: relation.id };
}

export function presentFieldValue(fieldValue: Row, ctx: Ctx): Json {
	return {
		contact: fieldValue.contact,
		field: fieldValue.field,
		value: fieldValue.value,
		cdate: isoDate(fieldValue._c),
		udate: isoDate(fieldValue._u),
		created_by: null,
		updated_by: null,
		links: links(ctx, 'fieldValues', fieldValue.id, ['owner', 'field']),
		id: fieldValue.id,
		owner: fieldValue.contact,
	};
}

/** Normalise a value for the field's type: arrays -> '||a||b||' for multi-value fields; dates validated. */
export function normaliseValue(field: Row | undefined, value: Json, pointer = '/data/attributes/value'): string {
	if (Array.isArray(value)) return `||${value.map((item) => str(item)).join('||')}||`;
	const text = str(value);
	if (!field || text === '') return text;
	if (MULTI_VALUE_TYPES.has(field.type) && !text.startsWith('||')) return `||${text}||`;
	if (field.type === 'date' || field.type === 'datetime') {
		const time = parseDate(text);
		if (time === undefined)
			throw unprocessable({
				title: `The custom field value \`${text}\` could not be saved to the custom field of type \`${field.type}\`.`,
				code: 'field_invalid',
				pointer,
			});
		if (field.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
		return field.type === 'date' ? sqlDate(time).slice(0, 10) : isoDate(time);
	}
	if (field.type === 'number' && Number.isNaN(Number(text)))
		throw unprocessable({ title: `The custom field value \`${text}\` is not a number.`, code: 'field_invalid', pointer });
	return text;
}

/** Upsert one contact field value; returns the row. */
export function setFieldValue(ctx: Ctx, contactId: string, fieldId: string, value: Json): Row {
	const field = ctx.store.table('fields').get(fieldId);
	const normalised = normaliseValue(field, value);
	const now = ctx.store.now();
	const existing = ctx.store.table('fieldValues').find((fieldValue) => fieldValue.contact === contactId && fieldValue.field === fieldId);
	if (existing) {
		existing.value = normalised;
		existing._u = now;
		return existing;
	}
	return ctx.store.table('fieldValues').insert({ _c: now, _u: now, contact: contactId, field: fieldId, value: normalised });
}

/** Apply `fieldValues: [{field, value}]` from a contact body. */
export function setFieldValues(ctx: Ctx, contactId: string, list: Json[]): void {
	for (const item of list) {
		if (!item || isBlank(item.field)) continue;
		setFieldValue(ctx, contactId, str(item.field), item.value);
	}
}

export const fieldSpec: ResourceSpec = {
	table: 'fields',
	singular: 'field',
	model: 'Field',
	defaultLimit: 100,
	build(input, ctx) {
		if (isBlank(input.title))
			throw unprocessable({ title: 'The field title was not provided.', code: 'field_missing', pointer: '/data/attributes/title' });
		if (isBlank(input.type))
			throw unprocessable({ title: 'The field type field is required.', code: 'field_missing', pointer: '/data/attributes/type' });
		const type = str(input.type);
		if (!FIELD_TYPES.includes(type))
			throw unprocessable({ title: `The field type '${type}' is invalid.`, code: 'field_invalid', pointer: '/data/attributes/type' });
		const title = str(input.title).trim();
		if (ctx.store.table('fields').find((field) => field.title.toLowerCase() === title.toLowerCase()))
			throw unprocessable({
				title: 'There is already a field with this title',
				detail: `There is already a field named '${title}' -- choose another name`,
				code: 'duplicate',
			});
		return {
			title,
			type,
			descript: input.descript === undefined ? null : str(input.descript),
			isrequired: str(input.isrequired, '0'),
			perstag: isBlank(input.perstag) ? perstag(title) : str(input.perstag).toUpperCase(),
			defval: input.defval === undefined ? null : str(input.defval),
			visible: str(input.visible, '1'),
			service: str(input.service),
			ordernum: str(input.ordernum, String(ctx.store.table('fields').size + 1)),
		};
	},
	apply(row, input, ctx) {
		if (input.title !== undefined) {
			const title = str(input.title).trim();
			if (ctx.store.table('fields').find((field) => field.id !== row.id && field.title.toLowerCase() === title.toLowerCase()))
				throw unprocessable({
					title: 'There is already a field with this title',
					detail: `There is already a field named '${title}' -- choose another name`,
					code: 'duplicate',
				});
			row.title = title;
		}
		if (input.type !== undefined) {
			if (!FIELD_TYPES.includes(str(input.type)))
				throw unprocessable({ title: 'The field type is invalid.', code: 'field_invalid', pointer: '/data/attributes/type' });
			row.type = str(input.type);
		}
		for (const key of ['descript', 'isrequired', 'perstag', 'defval', 'visible', 'service', 'ordernum'])
			if (input[key] !== undefined) row[key] = str(input[key]);
	},
	present: (row, ctx) => presentField(row, ctx),
	presentWrite(row, input, ctx, operation) {
		if (operation === 'update') return presentField(row, ctx);
		return {
			title: row.title,
			type: row.type,
			...(input.descript !== undefined ? { descript: row.descript } : {}),
			created_by: '1',
			updated_by: '1',
			cdate: isoDate(row._c),
			udate: isoDate(row._u),
			perstag: row.perstag,
			ordernum: Number(row.ordernum),
			links: links(ctx, 'fields', row.id, ['options', 'relations']),
			id: row.id,
		};
	},
	sideload(rows, ctx, operation) {
		if (operation === 'create' || operation === 'update') return {};
		const ids = new Set(rows.map((field) => field.id));
		return {
			fieldOptions: ctx.store.table('fieldOptions').where((option) => ids.has(option.field)).map((option) => presentFieldOption(option, ctx)),
			fieldRels: ctx.store.table('fieldRels').where((relation) => ids.has(relation.field)).map(presentFieldRel),
		};
	},
	listMeta: () => ({ selected: null }),
	filters: { perstag: (row, value) => row.perstag.toLowerCase() === value.toLowerCase() },
	afterDelete(row, ctx) {
		for (const table of ['fieldOptions', 'fieldRels', 'fieldValues'])
			for (const dependent of ctx.store.table(table).where((dependent) => dependent.field === row.id)) ctx.store.table(table).delete(dependent.id);
	},
};

export const fieldValueSpec: ResourceSpec = {
	table: 'fieldValues',
	singular: 'fieldValue',
	model: 'FieldValue',
	notFoundStatus: { get: 403 },
	build() {
		throw new ApiError(500, {});
	},
	present: (row, ctx) => presentFieldValue(row, ctx),
	filters: {
		fieldid: (row, value) => row.field === value,
		val: (row, value, operator) => contains('value')(row, value, operator === '' ? 'eq' : operator),
	},
};

function writeFieldValue(ctx: Ctx, existing?: Row) {
	const input = unwrap(ctx.body, 'fieldValue');
	const contactId = str(input.contact ?? existing?.contact);
	const fieldId = str(input.field ?? existing?.field);
	for (const key of ['contact', 'field'])
		if (isBlank(input[key]) && !existing)
			throw unprocessable({ title: `The fieldValue ${key} was not provided.`, code: 'field_missing', pointer: `/data/attributes/${key}` });
	const contact = ctx.store.table('contacts').get(contactId);
	if (!contact) throw notFound('Subscriber', contactId);
	if (!ctx.store.table('fields').get(fieldId)) throw notFound('Field', fieldId);
	let row: Row;
	if (existing) {
		const field = ctx.store.table('fields').get(fieldId);
		existing.value = normaliseValue(field, input.value ?? existing.value);
		existing.field = fieldId;
		existing.contact = contactId;
		ctx.store.touch(existing);
		row = existing;
	} else row = setFieldValue(ctx, contactId, fieldId, input.value ?? '');
	ctx.store.touch(contact);
	ctx.emit('update', { contactId, listId: '0' });
	return row;
}

export function mountContactFields(router: Router): void {
	mount(router, fieldSpec);
	router.add('GET', '/fields/:id/options', (ctx) => {
		const field = findOr404(fieldSpec, ctx, ctx.params.id, 'get');
		return ok({ fieldOptions: ctx.store.table('fieldOptions').where((option) => option.field === field.id).map((option) => presentFieldOption(option, ctx)) });
	});
	router.add('GET', '/fields/:id/relations', (ctx) => {
		const field = findOr404(fieldSpec, ctx, ctx.params.id, 'get');
		return ok({ fieldRels: ctx.store.table('fieldRels').where((relation) => relation.field === field.id).map(presentFieldRel) });
	});

	router.add('POST', '/fieldOption/bulk', (ctx) => {
		const list = ctx.body?.fieldOptions;
		if (!Array.isArray(list) || list.length === 0)
			throw new ApiError(422, { errors: 'Bulk operation failed. Request must contain an array of fieldOption objects.' });
		for (const option of list) {
			if (!option || isBlank(option.field) || option.value === undefined)
				throw new ApiError(422, { errors: 'Bulk operation failed. Request must contain an array of fieldOption objects.' });
			if (!ctx.store.table('fields').get(str(option.field))) throw notFound('Field', option.field);
		}
		const out = list.map((option: Json) => {
			const now = ctx.store.now();
			const row = ctx.store.table('fieldOptions').insert({
				_c: now,
				_u: now,
				_cd: now,
				_ud: now,
				field: str(option.field),
				orderid: str(option.orderid, String(ctx.store.table('fieldOptions').where((sibling) => sibling.field === str(option.field)).length + 1)),
				value: str(option.value),
				label: str(option.label ?? option.value),
				isdefault: str(option.isdefault, '0'),
			});
			const body = presentFieldOption(row, ctx);
			body.orderid = typeof option.orderid === 'number' ? option.orderid : Number(body.orderid);
			body.isdefault = option.isdefault === undefined ? 0 : typeof option.isdefault === 'boolean' ? Number(option.isdefault) : option.isdefault;
			return body;
		});
		return ok({ fieldOptions: out }, 201);
	});
	router.add('GET', '/fieldOptions/:id', (ctx) => {
		const option = ctx.store.table('fieldOptions').get(ctx.params.id);
		if (!option) throw notFound('FieldOption', ctx.params.id);
		return ok({ fieldOption: presentFieldOption(option, ctx) });
	});
	router.add('DELETE', '/fieldOptions/:id', (ctx) => {
		const option = ctx.store.table('fieldOptions').get(ctx.params.id);
		if (!option) throw notFound('FieldOption', ctx.params.id);
		ctx.store.table('fieldOptions').delete(option.id);
		return ok({});
	});

	router.add('POST', '/fieldRels', (ctx) => {
		const input = unwrap(ctx.body, 'fieldRel');
		if (isBlank(input.field))
			throw unprocessable({ title: 'The fieldRel field was not provided.', code: 'field_missing', pointer: '/data/attributes/field' });
		if (!ctx.store.table('fields').get(str(input.field))) throw notFound('Field', input.field);
		const relid = str(input.relid, '0');
		if (relid !== '0' && !ctx.store.table('lists').get(relid)) throw notFound('_List', relid);
		const now = ctx.store.now();
		const row = ctx.store.table('fieldRels').insert({ _c: now, _u: now, field: str(input.field), relid });
		return ok({ fieldRel: { relid: input.relid ?? 0, field: input.field, cdate: isoDate(now), links: [], id: row.id } }, 201);
	});
	router.add('GET', '/fieldRels/:id', (ctx) => {
		const relation = ctx.store.table('fieldRels').get(ctx.params.id);
		if (!relation) throw notFound('FieldRel', ctx.params.id);
		return ok({ fieldRel: presentFieldRel(relation) });
	});
	router.add('DELETE', '/fieldRels/:id', (ctx) => {
		const relation = ctx.store.table('fieldRels').get(ctx.params.id);
		if (!relation) throw notFound('FieldRel', ctx.params.id);
		ctx.store.table('fieldRels').delete(relation.id);
		return ok({});
	});

	router.add('POST', '/fieldValues', (ctx) => {
		const row = writeFieldValue(ctx);
		const contact = ctx.store.table('contacts').get(row.contact);
		return ok({ contacts: contact ? [presentContact(contact, ctx)] : [], fieldValue: presentFieldValue(row, ctx) }, 200);
	});
	router.add('PUT|PATCH', '/fieldValues/:id', (ctx) => {
		const existing = findOr404(fieldValueSpec, ctx, ctx.params.id, 'update');
		const row = writeFieldValue(ctx, existing);
		const contact = ctx.store.table('contacts').get(row.contact);
		return ok({ contacts: contact ? [presentContact(contact, ctx)] : [], fieldValue: presentFieldValue(row, ctx) });
	});
	mount(router, { ...fieldValueSpec, ops: ['list', 'get', 'delete'] });
}

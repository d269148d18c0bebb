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
const MULTI = new Set(['checkbox', 'listbox']);

function perstag(title: string): string {
	return title
		.toUpperCase()
		.replace(/[^A-Z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');
}

export function presentField(row: Row, ctx: Ctx): Json {
	const s = ctx.store;
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
		options: s.t('fieldOptions').where((o) => o.field === row.id).map((o) => o.id),
		relations: s.t('fieldRels').where((o) => o.field === row.id).map((o) => o.id),
		links: links(ctx, 'fields', row.id, ['options', 'relations']),
		id: row.id,
	};
}

export function presentFieldOption(o: Row, ctx: Ctx): Json {
	return {
		field: o.field,
		orderid: o.orderid,
		value: o.value,
		label: o.label,
		isdefault: o.isdefault,
		cdate: isoOrNull(o._cd),
		udate: isoOrNull(o._ud),
		links: links(ctx, 'fieldOptions', o.id, ['field']),
		id: o.id,
	};
}

export function presentFieldRel(r: Row): Json {
	return { field: r.field, relid: r.relid, dorder: '0', cdate: isoDate(r._c), links: [], id: r.id };
}

export function presentFieldValue(v: Row, ctx: Ctx): Json {
	return {
		contact: v.contact,
		field: v.field,
		value: v.value,
		cdate: isoDate(v._c),
		udate: isoDate(v._u),
		created_by: null,
		updated_by: null,
		links: links(ctx, 'fieldValues', v.id, ['owner', 'field']),
		id: v.id,
		owner: v.contact,
	};
}

/** Normalise a value for the field's type: arrays -> '||a||b||' for multi-value fields; dates validated. */
export function normaliseValue(field: Row | undefined, value: Json, pointer = '/data/attributes/value'): string {
	if (Array.isArray(value)) return `||${value.map((v) => str(v)).join('||')}||`;
	const s = str(value);
	if (!field || s === '') return s;
	if (MULTI.has(field.type) && !s.startsWith('||')) return `||${s}||`;
	if (field.type === 'date' || field.type === 'datetime') {
		const t = parseDate(s);
		if (t === undefined)
			throw unprocessable({
				title: `The custom field value \`${s}\` could not be saved to the custom field of type \`${field.type}\`.`,
				code: 'field_invalid',
				pointer,
			});
		if (field.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
		return field.type === 'date' ? sqlDate(t).slice(0, 10) : isoDate(t);
	}
	if (field.type === 'number' && Number.isNaN(Number(s)))
		throw unprocessable({ title: `The custom field value \`${s}\` is not a number.`, code: 'field_invalid', pointer });
	return s;
}

/** Upsert one contact field value; returns the row. */
export function setFieldValue(ctx: Ctx, contactId: string, fieldId: string, value: Json): Row {
	const field = ctx.store.t('fields').get(fieldId);
	const v = normaliseValue(field, value);
	const t = ctx.store.now();
	const existing = ctx.store.t('fieldValues').find((r) => r.contact === contactId && r.field === fieldId);
	if (existing) {
		existing.value = v;
		existing._u = t;
		return existing;
	}
	return ctx.store.t('fieldValues').insert({ _c: t, _u: t, contact: contactId, field: fieldId, value: v });
}

/** Apply `fieldValues: [{field, value}]` from a contact body. */
export function setFieldValues(ctx: Ctx, contactId: string, list: Json[]): void {
	for (const fv of list) {
		if (!fv || isBlank(fv.field)) continue;
		setFieldValue(ctx, contactId, str(fv.field), fv.value);
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
		if (ctx.store.t('fields').find((f) => f.title.toLowerCase() === title.toLowerCase()))
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
			ordernum: str(input.ordernum, String(ctx.store.t('fields').size + 1)),
		};
	},
	apply(row, input, ctx) {
		if (input.title !== undefined) {
			const title = str(input.title).trim();
			if (ctx.store.t('fields').find((f) => f.id !== row.id && f.title.toLowerCase() === title.toLowerCase()))
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
		for (const k of ['descript', 'isrequired', 'perstag', 'defval', 'visible', 'service', 'ordernum'])
			if (input[k] !== undefined) row[k] = str(input[k]);
	},
	present: (row, ctx) => presentField(row, ctx),
	presentWrite(row, input, ctx, op) {
		if (op === 'update') return presentField(row, ctx);
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
	sideload(rows, ctx, op) {
		if (op === 'create' || op === 'update') return {};
		const ids = new Set(rows.map((r) => r.id));
		return {
			fieldOptions: ctx.store.t('fieldOptions').where((o) => ids.has(o.field)).map((o) => presentFieldOption(o, ctx)),
			fieldRels: ctx.store.t('fieldRels').where((o) => ids.has(o.field)).map(presentFieldRel),
		};
	},
	listMeta: () => ({ selected: null }),
	filters: { perstag: (r, v) => r.perstag.toLowerCase() === v.toLowerCase() },
	afterDelete(row, ctx) {
		for (const t of ['fieldOptions', 'fieldRels', 'fieldValues'])
			for (const r of ctx.store.t(t).where((x) => x.field === row.id)) ctx.store.t(t).delete(r.id);
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
		fieldid: (r, v) => r.field === v,
		val: (r, v, op) => contains('value')(r, v, op === '' ? 'eq' : op),
	},
};

function writeFieldValue(ctx: Ctx, existing?: Row) {
	const input = unwrap(ctx.body, 'fieldValue');
	const contactId = str(input.contact ?? existing?.contact);
	const fieldId = str(input.field ?? existing?.field);
	for (const f of ['contact', 'field'])
		if (isBlank(input[f]) && !existing)
			throw unprocessable({ title: `The fieldValue ${f} was not provided.`, code: 'field_missing', pointer: `/data/attributes/${f}` });
	const contact = ctx.store.t('contacts').get(contactId);
	if (!contact) throw notFound('Subscriber', contactId);
	if (!ctx.store.t('fields').get(fieldId)) throw notFound('Field', fieldId);
	let row: Row;
	if (existing) {
		const field = ctx.store.t('fields').get(fieldId);
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

export function mountFields(router: Router): void {
	mount(router, fieldSpec);
	router.add('GET', '/fields/:id/options', (ctx) => {
		const f = findOr404(fieldSpec, ctx, ctx.params.id, 'get');
		return ok({ fieldOptions: ctx.store.t('fieldOptions').where((o) => o.field === f.id).map((o) => presentFieldOption(o, ctx)) });
	});
	router.add('GET', '/fields/:id/relations', (ctx) => {
		const f = findOr404(fieldSpec, ctx, ctx.params.id, 'get');
		return ok({ fieldRels: ctx.store.t('fieldRels').where((o) => o.field === f.id).map(presentFieldRel) });
	});

	router.add('POST', '/fieldOption/bulk', (ctx) => {
		const list = ctx.body?.fieldOptions;
		if (!Array.isArray(list) || list.length === 0)
			throw new ApiError(422, { errors: 'Bulk operation failed. Request must contain an array of fieldOption objects.' });
		for (const o of list) {
			if (!o || isBlank(o.field) || o.value === undefined)
				throw new ApiError(422, { errors: 'Bulk operation failed. Request must contain an array of fieldOption objects.' });
			if (!ctx.store.t('fields').get(str(o.field))) throw notFound('Field', o.field);
		}
		const out = list.map((o: Json) => {
			const t = ctx.store.now();
			const row = ctx.store.t('fieldOptions').insert({
				_c: t,
				_u: t,
				_cd: t,
				_ud: t,
				field: str(o.field),
				orderid: str(o.orderid, String(ctx.store.t('fieldOptions').where((x) => x.field === str(o.field)).length + 1)),
				value: str(o.value),
				label: str(o.label ?? o.value),
				isdefault: str(o.isdefault, '0'),
			});
			const p = presentFieldOption(row, ctx);
			p.orderid = typeof o.orderid === 'number' ? o.orderid : Number(p.orderid);
			p.isdefault = o.isdefault === undefined ? 0 : typeof o.isdefault === 'boolean' ? Number(o.isdefault) : o.isdefault;
			return p;
		});
		return ok({ fieldOptions: out }, 201);
	});
	router.add('GET', '/fieldOptions/:id', (ctx) => {
		const o = ctx.store.t('fieldOptions').get(ctx.params.id);
		if (!o) throw notFound('FieldOption', ctx.params.id);
		return ok({ fieldOption: presentFieldOption(o, ctx) });
	});
	router.add('DELETE', '/fieldOptions/:id', (ctx) => {
		const o = ctx.store.t('fieldOptions').get(ctx.params.id);
		if (!o) throw notFound('FieldOption', ctx.params.id);
		ctx.store.t('fieldOptions').delete(o.id);
		return ok({});
	});

	router.add('POST', '/fieldRels', (ctx) => {
		const input = unwrap(ctx.body, 'fieldRel');
		if (isBlank(input.field))
			throw unprocessable({ title: 'The fieldRel field was not provided.', code: 'field_missing', pointer: '/data/attributes/field' });
		if (!ctx.store.t('fields').get(str(input.field))) throw notFound('Field', input.field);
		const relid = str(input.relid, '0');
		if (relid !== '0' && !ctx.store.t('lists').get(relid)) throw notFound('_List', relid);
		const t = ctx.store.now();
		const row = ctx.store.t('fieldRels').insert({ _c: t, _u: t, field: str(input.field), relid });
		return ok({ fieldRel: { relid: input.relid ?? 0, field: input.field, cdate: isoDate(t), links: [], id: row.id } }, 201);
	});
	router.add('GET', '/fieldRels/:id', (ctx) => {
		const r = ctx.store.t('fieldRels').get(ctx.params.id);
		if (!r) throw notFound('FieldRel', ctx.params.id);
		return ok({ fieldRel: presentFieldRel(r) });
	});
	router.add('DELETE', '/fieldRels/:id', (ctx) => {
		const r = ctx.store.t('fieldRels').get(ctx.params.id);
		if (!r) throw notFound('FieldRel', ctx.params.id);
		ctx.store.t('fieldRels').delete(r.id);
		return ok({});
	});

	router.add('POST', '/fieldValues', (ctx) => {
		const row = writeFieldValue(ctx);
		const contact = ctx.store.t('contacts').get(row.contact);
		return ok({ contacts: contact ? [presentContact(contact, ctx)] : [], fieldValue: presentFieldValue(row, ctx) }, 200);
	});
	router.add('PUT|PATCH', '/fieldValues/:id', (ctx) => {
		const existing = findOr404(fieldValueSpec, ctx, ctx.params.id, 'update');
		const row = writeFieldValue(ctx, existing);
		const contact = ctx.store.t('contacts').get(row.contact);
		return ok({ contacts: contact ? [presentContact(contact, ctx)] : [], fieldValue: presentFieldValue(row, ctx) });
	});
	mount(router, { ...fieldValueSpec, ops: ['list', 'get', 'delete'] });
}

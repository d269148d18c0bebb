/** Deal and account custom fields: definitions (*CustomFieldMeta) and values (*CustomFieldData, bulk create/update). */
import { links, type Ctx } from '../context';
import { mount, type ResourceSpec } from '../crud';
import { ApiError, isBlank, ok, str, unprocessable } from '../http';
import type { Router } from '../router';
import type { Json, Row } from '../store';
import { parseDate, sqlDate } from '../time';

export const CUSTOM_FIELD_TYPES = ['text', 'textarea', 'date', 'datetime', 'dropdown', 'multiselect', 'radio', 'checkbox', 'hidden', 'currency', 'number'];

interface Kind {
	owner: 'deal' | 'account';
	metaTable: string;
	dataTable: string;
	metum: string;
	datum: string;
	/** Row/FK name of the owning record in data rows and in output. */
	ownerKey: string;
	/** Input key naming the owner on create. */
	ownerInput: string;
	ownerTable: string;
}

const DEAL: Kind = {
	owner: 'deal',
	metaTable: 'dealCustomFieldMeta',
	dataTable: 'dealCustomFieldData',
	metum: 'dealCustomFieldMetum',
	datum: 'dealCustomFieldDatum',
	ownerKey: 'dealId',
	ownerInput: 'dealId',
	ownerTable: 'deals',
};
const ACCOUNT: Kind = {
	owner: 'account',
	metaTable: 'accountCustomFieldMeta',
	dataTable: 'accountCustomFieldData',
	metum: 'accountCustomFieldMetum',
	datum: 'accountCustomFieldDatum',
	ownerKey: 'accountId',
	ownerInput: 'customerAccountId',
	ownerTable: 'accounts',
};

const notFound404 = () => ({ errors: [{ status: 404, title: 'Not Found' }] });

function presentMeta(k: Kind, row: Row, ctx: Ctx): Json {
	return {
		id: row.id,
		fieldLabel: row.fieldLabel,
		fieldType: row.fieldType,
		fieldOptions: row.fieldOptions,
		fieldDefault: row.fieldDefault,
		fieldDefaultCurrency: row.fieldDefaultCurrency,
		isFormVisible: row.isFormVisible,
		isRequired: row.isRequired,
		displayOrder: row.displayOrder,
		personalization: row.personalization,
		knownFieldId: null,
		hideFieldFlag: 0,
		createdTimestamp: sqlDate(row._c),
		updatedTimestamp: sqlDate(row._u),
		links: links(ctx, k.metaTable, row.id, [k.dataTable]),
	};
}

function presentDatum(k: Kind, row: Row, ctx: Ctx): Json {
	return {
		id: row.id,
		[`${k.metum}Id`]: Number(row.customFieldId),
		[k.ownerKey]: Number(row[k.ownerKey]),
		customFieldId: Number(row.customFieldId),
		createdTimestamp: sqlDate(row._c),
		updatedTimestamp: sqlDate(row._u),
		fieldValue: row.fieldValue,
		...(row.fieldCurrency ? { fieldCurrency: row.fieldCurrency } : {}),
		links: links(ctx, k.dataTable, row.id, [k.owner, k.metum]),
	};
}

export const presentDealDatum = (row: Row, ctx: Ctx): Json => presentDatum(DEAL, row, ctx);

function metaSpec(k: Kind): ResourceSpec {
	return {
		table: k.metaTable,
		singular: k.metum,
		model: k.metum,
		createStatus: 200,
		defaultLimit: 100,
		notFoundBody: notFound404,
		build(input, ctx) {
			if (isBlank(input.fieldLabel))
				throw unprocessable({ title: 'The field label was not provided.', code: 'field_missing', pointer: '/data/attributes/fieldLabel' });
			const type = str(input.fieldType);
			if (!CUSTOM_FIELD_TYPES.includes(type))
				throw unprocessable({ title: 'The field type is invalid.', code: isBlank(input.fieldType) ? 'field_missing' : 'field_invalid', pointer: '/data/attributes/fieldType' });
			return {
				fieldLabel: str(input.fieldLabel),
				fieldType: type,
				fieldOptions: Array.isArray(input.fieldOptions) ? input.fieldOptions.map((o: Json) => str(o)) : null,
				fieldDefault: input.fieldDefault ?? null,
				fieldDefaultCurrency: input.fieldDefaultCurrency ?? null,
				isFormVisible: Number(input.isFormVisible ?? 0),
				isRequired: Number(input.isRequired ?? 0),
				displayOrder: Number(input.displayOrder ?? ctx.store.t(k.metaTable).size + 1),
				personalization: str(input.personalization),
			};
		},
		apply(row, input) {
			for (const key of ['fieldLabel', 'fieldDefault', 'fieldDefaultCurrency', 'personalization']) if (input[key] !== undefined) row[key] = input[key];
			for (const key of ['isFormVisible', 'isRequired', 'displayOrder']) if (input[key] !== undefined) row[key] = Number(input[key]);
			if (Array.isArray(input.fieldOptions)) row.fieldOptions = input.fieldOptions.map((o: Json) => str(o));
		},
		present: (row, ctx) => presentMeta(k, row, ctx),
		afterDelete(row, ctx) {
			for (const d of ctx.store.t(k.dataTable).where((x) => x.customFieldId === row.id)) ctx.store.t(k.dataTable).delete(d.id);
		},
	};
}

function checkValue(meta: Row, value: Json): string {
	const v = Array.isArray(value) ? `||${value.map((x) => str(x)).join('||')}||` : str(value);
	const bad = () =>
		new ApiError(422, { errors: [{ detail: `The custom field value \`${v}\` could not be saved to the custom field of type \`${meta.fieldType}\`.` }] });
	if ((meta.fieldType === 'date' || meta.fieldType === 'datetime') && v !== '' && parseDate(v) === undefined) throw bad();
	if ((meta.fieldType === 'number' || meta.fieldType === 'currency') && v !== '' && Number.isNaN(Number(v))) throw bad();
	return v;
}

function dataFields(k: Kind, input: Record<string, Json>, ctx: Ctx): Record<string, Json> {
	const owner = input[k.ownerInput] ?? input[k.ownerKey];
	if (isBlank(owner))
		throw unprocessable({ title: `The ${k.ownerInput} was not provided.`, code: 'field_missing', pointer: `/data/attributes/${k.ownerInput}` });
	if (isBlank(input.customFieldId))
		throw unprocessable({ title: 'The customFieldId was not provided.', code: 'field_missing', pointer: '/data/attributes/customFieldId' });
	if (!ctx.store.t(k.ownerTable).get(str(owner)))
		throw unprocessable({ title: `The related ${k.owner} does not exist.`, code: 'related_missing', pointer: `/data/attributes/${k.ownerInput}` });
	const meta = ctx.store.t(k.metaTable).get(str(input.customFieldId));
	if (!meta) throw unprocessable({ title: 'The related customField does not exist.', code: 'related_missing', pointer: '/data/attributes/customFieldId' });
	return {
		[k.ownerKey]: str(owner),
		customFieldId: meta.id,
		fieldValue: checkValue(meta, input.fieldValue),
		fieldCurrency: input.fieldCurrency === undefined ? null : str(input.fieldCurrency),
	};
}

function dataSpec(k: Kind): ResourceSpec {
	return {
		table: k.dataTable,
		singular: k.datum,
		model: k.datum,
		createStatus: 200,
		defaultLimit: 100,
		notFoundBody: notFound404,
		build: (input, ctx) => dataFields(k, input, ctx),
		apply(row, input, ctx) {
			const meta = ctx.store.t(k.metaTable).get(row.customFieldId);
			if (input.fieldValue !== undefined) row.fieldValue = meta ? checkValue(meta, input.fieldValue) : str(input.fieldValue);
			if (input.fieldCurrency !== undefined) row.fieldCurrency = str(input.fieldCurrency);
		},
		present: (row, ctx) => presentDatum(k, row, ctx),
		// Documented: filters[dealId] on deal data, filters[customerAccountId] on account data.
		filters: { [k.ownerKey === 'dealId' ? 'dealId' : 'customerAccountId']: (r, v) => r[k.ownerKey] === v },
	};
}

function mountKind(router: Router, k: Kind): void {
	const data = dataSpec(k);
	router.add('POST', `/${k.dataTable}/bulkCreate`, (ctx) => {
		const list = Array.isArray(ctx.body) ? ctx.body : ctx.body?.[k.dataTable];
		if (!Array.isArray(list)) throw unprocessable({ title: 'Request must contain an array.', code: 'field_invalid' });
		const rows = list.map((item: Json) => dataFields(k, item ?? {}, ctx));
		for (const fields of rows) {
			const t = ctx.store.now();
			ctx.store.t(k.dataTable).insert({ _c: t, _u: t, ...fields });
		}
		return ok({ message: 'the bulk insert was successful' }, 200);
	});
	router.add('PATCH|PUT', `/${k.dataTable}/bulkUpdate`, (ctx) => {
		const list = Array.isArray(ctx.body) ? ctx.body : ctx.body?.[k.dataTable];
		if (!Array.isArray(list)) throw unprocessable({ title: 'Request must contain an array.', code: 'field_invalid' });
		for (const item of list) {
			const row = ctx.store.t(k.dataTable).get(str(item?.id));
			if (!row) throw new ApiError(404, notFound404());
			data.apply?.(row, item, ctx);
			ctx.store.touch(row);
		}
		return ok({ message: 'the bulk update was successful' }, 200);
	});
	mount(router, metaSpec(k));
	mount(router, data);
}

export function mountCustomFields(router: Router): void {
	mountKind(router, DEAL);
	mountKind(router, ACCOUNT);
}

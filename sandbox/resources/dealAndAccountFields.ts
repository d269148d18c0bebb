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

function presentMeta(kind: Kind, row: Row, ctx: Ctx): Json {
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
		links: links(ctx, kind.metaTable, row.id, [kind.dataTable]),
	};
}

function presentDatum(kind: Kind, row: Row, ctx: Ctx): Json {
	return {
		id: row.id,
		[`${kind.metum}Id`]: Number(row.customFieldId),
		[kind.ownerKey]: Number(row[kind.ownerKey]),
		customFieldId: Number(row.customFieldId),
		createdTimestamp: sqlDate(row._c),
		updatedTimestamp: sqlDate(row._u),
		fieldValue: row.fieldValue,
		...(row.fieldCurrency ? { fieldCurrency: row.fieldCurrency } : {}),
		links: links(ctx, kind.dataTable, row.id, [kind.owner, kind.metum]),
	};
}

export const presentDealDatum = (row: Row, ctx: Ctx): Json => presentDatum(DEAL, row, ctx);

function metaSpec(kind: Kind): ResourceSpec {
	return {
		table: kind.metaTable,
		singular: kind.metum,
		model: kind.metum,
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
				fieldOptions: Array.isArray(input.fieldOptions) ? input.fieldOptions.map((option: Json) => str(option)) : null,
				fieldDefault: input.fieldDefault ?? null,
				fieldDefaultCurrency: input.fieldDefaultCurrency ?? null,
				isFormVisible: Number(input.isFormVisible ?? 0),
				isRequired: Number(input.isRequired ?? 0),
				displayOrder: Number(input.displayOrder ?? ctx.store.table(kind.metaTable).size + 1),
				personalization: str(input.personalization),
			};
		},
		apply(row, input) {
			for (const key of ['fieldLabel', 'fieldDefault', 'fieldDefaultCurrency', 'personalization']) if (input[key] !== undefined) row[key] = input[key];
			for (const key of ['isFormVisible', 'isRequired', 'displayOrder']) if (input[key] !== undefined) row[key] = Number(input[key]);
			if (Array.isArray(input.fieldOptions)) row.fieldOptions = input.fieldOptions.map((option: Json) => str(option));
		},
		present: (row, ctx) => presentMeta(kind, row, ctx),
		afterDelete(row, ctx) {
			for (const datum of ctx.store.table(kind.dataTable).where((datum) => datum.customFieldId === row.id)) ctx.store.table(kind.dataTable).delete(datum.id);
		},
	};
}

function checkValue(meta: Row, value: Json): string {
	const text = Array.isArray(value) ? `||${value.map((item) => str(item)).join('||')}||` : str(value);
	const bad = () =>
		new ApiError(422, { errors: [{ detail: `The custom field value \`${text}\` could not be saved to the custom field of type \`${meta.fieldType}\`.` }] });
	if ((meta.fieldType === 'date' || meta.fieldType === 'datetime') && text !== '' && parseDate(text) === undefined) throw bad();
	if ((meta.fieldType === 'number' || meta.fieldType === 'currency') && text !== '' && Number.isNaN(Number(text))) throw bad();
	return text;
}

function dataFields(kind: Kind, input: Record<string, Json>, ctx: Ctx): Record<string, Json> {
	const owner = input[kind.ownerInput] ?? input[kind.ownerKey];
	if (isBlank(owner))
		throw unprocessable({ title: `The ${kind.ownerInput} was not provided.`, code: 'field_missing', pointer: `/data/attributes/${kind.ownerInput}` });
	if (isBlank(input.customFieldId))
		throw unprocessable({ title: 'The customFieldId was not provided.', code: 'field_missing', pointer: '/data/attributes/customFieldId' });
	if (!ctx.store.table(kind.ownerTable).get(str(owner)))
		throw unprocessable({ title: `The related ${kind.owner} does not exist.`, code: 'related_missing', pointer: `/data/attributes/${kind.ownerInput}` });
	const meta = ctx.store.table(kind.metaTable).get(str(input.customFieldId));
	if (!meta) throw unprocessable({ title: 'The related customField does not exist.', code: 'related_missing', pointer: '/data/attributes/customFieldId' });
	return {
		[kind.ownerKey]: str(owner),
		customFieldId: meta.id,
		fieldValue: checkValue(meta, input.fieldValue),
		fieldCurrency: input.fieldCurrency === undefined ? null : str(input.fieldCurrency),
	};
}

function dataSpec(kind: Kind): ResourceSpec {
	return {
		table: kind.dataTable,
		singular: kind.datum,
		model: kind.datum,
		createStatus: 200,
		defaultLimit: 100,
		notFoundBody: notFound404,
		build: (input, ctx) => dataFields(kind, input, ctx),
		apply(row, input, ctx) {
			const meta = ctx.store.table(kind.metaTable).get(row.customFieldId);
			if (input.fieldValue !== undefined) row.fieldValue = meta ? checkValue(meta, input.fieldValue) : str(input.fieldValue);
			if (input.fieldCurrency !== undefined) row.fieldCurrency = str(input.fieldCurrency);
		},
		present: (row, ctx) => presentDatum(kind, row, ctx),
		// Documented: filters[dealId] on deal data, filters[customerAccountId] on account data.
		filters: { [kind.ownerKey === 'dealId' ? 'dealId' : 'customerAccountId']: (row, value) => row[kind.ownerKey] === value },
	};
}

function mountKind(router: Router, kind: Kind): void {
	const data = dataSpec(kind);
	router.add('POST', `/${kind.dataTable}/bulkCreate`, (ctx) => {
		const list = Array.isArray(ctx.body) ? ctx.body : ctx.body?.[kind.dataTable];
		if (!Array.isArray(list)) throw unprocessable({ title: 'Request must contain an array.', code: 'field_invalid' });
		const rows = list.map((item: Json) => dataFields(kind, item ?? {}, ctx));
		for (const fields of rows) {
			const now = ctx.store.now();
			ctx.store.table(kind.dataTable).insert({ _c: now, _u: now, ...fields });
		}
		return ok({ message: 'the bulk insert was successful' }, 200);
	});
	router.add('PATCH|PUT', `/${kind.dataTable}/bulkUpdate`, (ctx) => {
		const list = Array.isArray(ctx.body) ? ctx.body : ctx.body?.[kind.dataTable];
		if (!Array.isArray(list)) throw unprocessable({ title: 'Request must contain an array.', code: 'field_invalid' });
		for (const item of list) {
			const row = ctx.store.table(kind.dataTable).get(str(item?.id));
			if (!row) throw new ApiError(404, notFound404());
			data.apply?.(row, item, ctx);
			ctx.store.touch(row);
		}
		return ok({ message: 'the bulk update was successful' }, 200);
	});
	mount(router, metaSpec(kind));
	mount(router, data);
}

export function mountDealAndAccountFields(router: Router): void {
	mountKind(router, DEAL);
	mountKind(router, ACCOUNT);
}

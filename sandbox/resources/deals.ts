/** Deals (/deals, notes on deals, bulkUpdate) and secondary contacts (/contactDeals). */
import { createHash } from 'node:crypto';
import { links, type Ctx } from '../context';
import { createRow, findOr404, listHonours, listReply, mount, updateRow, type ResourceSpec } from '../crud';
import { ApiError, isBlank, ok, relatedMissing, str, unprocessable, unwrap } from '../http';
import { compareByOperator, dateFilters, pageIfAsked, PAGING } from '../query';
import type { Router } from '../router';
import type { Json, Row } from '../store';
import { isoDate, isoOrNull } from '../time';
import { presentContact } from './contacts';
import { presentGroup, presentStage, stagesOf } from './pipelines';
import { presentDealDatum } from './dealAndAccountFields';
import { noteSpec, presentNote } from './notes';

const DEAL_LINKS = [
	'dealActivities',
	'contact',
	'contactDeals',
	'group',
	'nextTask',
	'notes',
	'account',
	'customerAccount',
	'organization',
	'owner',
	'scoreValues',
	'stage',
	'tasks',
	'dealCustomFieldData',
];

export function presentDeal(row: Row, ctx: Ctx): Json {
	return {
		owner: row.owner,
		contact: row.contact,
		organization: null,
		group: row.group,
		stage: row.stage,
		title: row.title,
		description: row.description,
		percent: row.percent,
		cdate: isoDate(row._c),
		mdate: isoDate(row._u),
		nextdate: isoOrNull(row._next),
		nexttaskid: row.nexttaskid ?? '0',
		value: row.value,
		currency: row.currency,
		winProbability: null,
		winProbabilityMdate: null,
		status: row.status,
		activitycount: row.activitycount ?? '0',
		nextdealid: row.id,
		edate: null,
		hash: row.hash,
		links: links(ctx, 'deals', row.id, DEAL_LINKS),
		id: row.id,
		isDisabled: false,
		account: row.account,
		customerAccount: row.account,
	};
}

function dealFieldsOut(ctx: Ctx, dealId: string, sent: Json): Json[] {
	if (!Array.isArray(sent)) return [];
	return ctx.store
		.table('dealCustomFieldData')
		.where((datum) => datum.dealId === dealId)
		.map((datum) => ({ customFieldId: Number(datum.customFieldId), fieldValue: datum.fieldValue, ...(datum.fieldCurrency ? { fieldCurrency: datum.fieldCurrency } : {}), dealId: datum.dealId }));
}

function presentWritten(row: Row, input: Record<string, Json>, ctx: Ctx, operation: 'create' | 'update'): Json {
	const base = presentDeal(row, ctx);
	const value = typeof input.value === 'string' ? row.value : Number(row.value);
	const status = typeof input.status === 'string' ? row.status : Number(row.status);
	const common = { fields: dealFieldsOut(ctx, row.id, input.fields), customFieldSaveStatus: { status: 'success' } };
	if (operation === 'create')
		return {
			title: row.title,
			value,
			currency: row.currency,
			contact: row.contact,
			owner: row.owner,
			group: row.group,
			stage: row.stage,
			cdate: base.cdate,
			mdate: base.mdate,
			description: row.description,
			organization: null,
			status,
			nextdate: null,
			nextdealid: '0',
			hash: row.hash,
			winProbability: null,
			winProbabilityMdate: null,
			links: base.links,
			...common,
			id: row.id,
			isDisabled: false,
			account: row.account,
			customerAccount: row.account,
		};
	const { links: dealLinks, id, isDisabled, account, customerAccount, ...rest } = base;
	return { ...rest, value, status, links: dealLinks, ...common, id, isDisabled, nextTask: null, account, customerAccount };
}

function invalid(field: string, title: string): ApiError {
	return unprocessable({ title, code: 'field_invalid', pointer: `/data/attributes/${field}` });
}

function checkValue(value: Json): string {
	const cents = Number(value);
	if (value === '' || Number.isNaN(cents) || cents < 0 || !Number.isInteger(cents)) throw invalid('value', 'The deal value must be a non-negative integer (cents).');
	return String(cents);
}

function resolveGroupStage(ctx: Ctx, input: Record<string, Json>, current?: Row): { group: string; stage: string } {
	let group = input.group !== undefined && !isBlank(input.group) ? str(input.group) : undefined;
	let stage = input.stage !== undefined && !isBlank(input.stage) ? str(input.stage) : undefined;
	if (stage) {
		const stageRow = ctx.store.table('dealStages').get(stage);
		if (!stageRow) throw relatedMissing('stage');
		if (group && group !== stageRow.group) throw invalid('stage', 'The deal stage does not belong to the deal pipeline.');
		group = stageRow.group;
	} else if (group) {
		if (!ctx.store.table('dealGroups').get(group))
			throw relatedMissing('group');
		if (current && current.group === group) stage = current.stage;
		else {
			const first = stagesOf(ctx, group)[0];
			if (!first) throw invalid('group', 'The deal pipeline has no stages.');
			stage = first.id;
		}
	} else if (current) {
		group = current.group;
		stage = current.stage;
	}
	if (!group || !stage)
		throw unprocessable({ title: 'The deal group was not provided.', code: 'field_missing', pointer: '/data/attributes/group' });
	return { group, stage };
}

function checkRelations(ctx: Ctx, input: Record<string, Json>): void {
	if (!isBlank(input.contact) && !ctx.store.table('contacts').get(str(input.contact)))
		throw relatedMissing('contact');
	const account = input.account ?? input.customerAccount;
	if (!isBlank(account) && !ctx.store.table('accounts').get(str(account)))
		throw relatedMissing('account');
	if (!isBlank(input.owner) && !ctx.store.table('users').get(str(input.owner)))
		throw relatedMissing('owner');
	if (input.status !== undefined && !['0', '1', '2'].includes(str(input.status))) throw invalid('status', 'The deal status must be 0, 1 or 2.');
}

function saveDealFields(ctx: Ctx, dealId: string, fields: Json): void {
	if (!Array.isArray(fields)) return;
	for (const field of fields) {
		if (!field || isBlank(field.customFieldId)) continue;
		const metaId = str(field.customFieldId);
		if (!ctx.store.table('dealCustomFieldMeta').get(metaId))
			throw unprocessable({ title: 'The related customField does not exist.', code: 'related_missing', pointer: '/data/attributes/fields' });
		const now = ctx.store.now();
		const existing = ctx.store.table('dealCustomFieldData').find((datum) => datum.dealId === dealId && datum.customFieldId === metaId);
		const value = Array.isArray(field.fieldValue) ? `||${field.fieldValue.join('||')}||` : str(field.fieldValue);
		if (existing) {
			existing.fieldValue = value;
			existing._u = now;
		} else
			ctx.store.table('dealCustomFieldData').insert({
				_c: now,
				_u: now,
				dealId,
				customFieldId: metaId,
				fieldValue: value,
				fieldCurrency: field.fieldCurrency === undefined ? null : str(field.fieldCurrency),
			});
	}
}

const TRACKED = ['title', 'value', 'currency', 'contact', 'owner', 'group', 'stage', 'status', 'description', 'percent', 'account'];

export const dealSpec: ResourceSpec = {
	table: 'deals',
	singular: 'deal',
	model: 'Deal',
	totalNumeric: true,
	build(input, ctx) {
		if (isBlank(input.title)) throw unprocessable({ title: 'The deal title was not provided.', code: 'field_missing', pointer: '/data/attributes/title' });
		const account = input.account ?? input.customerAccount;
		if (isBlank(input.contact) && isBlank(account))
			throw unprocessable({ title: 'The deal contact was not provided.', code: 'field_missing', pointer: '/data/attributes/contact' });
		if (input.value === undefined || input.value === null)
			throw unprocessable({ title: 'The deal value was not provided.', code: 'field_missing', pointer: '/data/attributes/value' });
		if (isBlank(input.currency))
			throw unprocessable({ title: 'The deal currency was not provided.', code: 'field_missing', pointer: '/data/attributes/currency' });
		checkRelations(ctx, input);
		const { group, stage } = resolveGroupStage(ctx, input);
		let owner = isBlank(input.owner) ? undefined : str(input.owner);
		if (!owner) {
			const pipeline = ctx.store.table('dealGroups').get(group);
			if (pipeline?.autoassign === '0')
				throw unprocessable({ title: 'The deal owner was not provided.', code: 'field_missing', pointer: '/data/attributes/owner' });
			owner = '1';
		}
		return {
			title: str(input.title),
			value: checkValue(input.value),
			currency: str(input.currency).toLowerCase(),
			contact: isBlank(input.contact) ? null : str(input.contact),
			account: isBlank(account) ? null : str(account),
			owner,
			group,
			stage,
			status: str(input.status, '0'),
			description: str(input.description),
			percent: str(input.percent, '0'),
			hash: createHash('md5').update(`${Date.now()}-${Math.random()}`).digest('hex').slice(0, 8),
		};
	},
	apply(row, input, ctx) {
		checkRelations(ctx, input);
		if (input.title !== undefined) {
			if (isBlank(input.title)) throw unprocessable({ title: 'The deal title was not provided.', code: 'field_missing', pointer: '/data/attributes/title' });
			row.title = str(input.title);
		}
		if (input.value !== undefined) row.value = checkValue(input.value);
		if (input.currency !== undefined) row.currency = str(input.currency).toLowerCase();
		if (input.group !== undefined || input.stage !== undefined) Object.assign(row, resolveGroupStage(ctx, input, row));
		for (const key of ['contact', 'owner', 'status', 'description', 'percent']) if (input[key] !== undefined) row[key] = isBlank(input[key]) && key === 'contact' ? null : str(input[key]);
		const account = input.account ?? input.customerAccount;
		if (account !== undefined) row.account = isBlank(account) ? null : str(account);
		saveDealFields(ctx, row.id, input.fields);
	},
	present: (row, ctx) => presentDeal(row, ctx),
	presentWrite: presentWritten,
	sideload(rows, ctx, operation) {
		if (operation === 'create') {
			const deal = rows[0];
			const contact = deal.contact ? ctx.store.table('contacts').get(deal.contact) : undefined;
			const pipeline = ctx.store.table('dealGroups').get(deal.group);
			const stage = ctx.store.table('dealStages').get(deal.stage);
			return {
				contacts: contact ? [presentContact(contact, ctx)] : [],
				dealGroups: pipeline ? [presentGroup(pipeline, ctx, 'update')] : [],
				dealStages: stage ? [presentStage(stage, ctx)] : [],
			};
		}
		if (operation === 'update') {
			const stage = ctx.store.table('dealStages').get(rows[0].stage);
			return { dealStages: stage ? [presentStage(stage, ctx)] : [] };
		}
		return {};
	},
	ctxFilters: (ctx) => ({
		search: (row, value) => dealSearch(ctx, row, value),
		tag: (row, value) => {
			const tag = ctx.store.table('tags').find((tag) => tag.tag.toLowerCase() === value.toLowerCase() || tag.id === value);
			return !!tag && !!row.contact && !!ctx.store.table('contactTags').find((contactTag) => contactTag.contact === row.contact && contactTag.tag === tag.id);
		},
		tasktype: (row, value) => !!ctx.store.table('dealTasks').find((task) => task.reltype === 'Deal' && task.relid === row.id && task.dealTasktype === value),
	}),
	filters: {
		...dateFilters,
		search_field: () => true,
		title: (row, value, operator) => compareByOperator(row.title, value, operator === '' ? 'contains' : operator),
		stage: (row, value) => row.stage === value,
		group: (row, value) => row.group === value,
		owner: (row, value) => row.owner === value,
		status: (row, value) => row.status === value,
		organization: (row, value) => row.account === value,
		minimum_value: (row, value) => Number(row.value) / 100 >= Number(value),
		maximum_value: (row, value) => Number(row.value) / 100 <= Number(value),
		nextdate_range: () => true,
		score: () => true,
		score_greater_than: () => true,
		score_less_than: () => true,
	},
	orders: {
		title: (row) => row.title.toLowerCase(),
		value: (row) => Number(row.value),
		cdate: (row) => row._c,
		'next-action': (row) => row._next ?? 0,
	},
	listMeta(rows) {
		const currencies: Record<string, Json> = {};
		for (const deal of rows) {
			const currency = String(deal.currency).toUpperCase();
			const bucket = (currencies[currency] ??= { currency, total: 0, value: 0, isDisabled: false });
			bucket.total += 1;
			bucket.value += Number(deal.value);
		}
		for (const bucket of Object.values(currencies)) {
			bucket.total = String(bucket.total);
			bucket.value = String(bucket.value);
		}
		return { currencies };
	},
	afterCreate(row, input, ctx) {
		saveDealFields(ctx, row.id, input.fields);
		ctx.emit('deal_add', { dealId: row.id, contactId: row.contact ?? undefined });
	},
	afterUpdate(row, before, _input, ctx) {
		const changed = TRACKED.filter((key) => before[key] !== row[key]);
		ctx.emit('deal_update', { dealId: row.id, contactId: row.contact ?? undefined, updatedFields: [...changed, 'mdate'] });
	},
	afterDelete(row, ctx) {
		const store = ctx.store;
		for (const contactDeal of store.table('contactDeals').where((contactDeal) => contactDeal.deal === row.id)) store.table('contactDeals').delete(contactDeal.id);
		for (const datum of store.table('dealCustomFieldData').where((datum) => datum.dealId === row.id)) store.table('dealCustomFieldData').delete(datum.id);
		for (const note of store.table('notes').where((note) => note.reltype === 'Deal' && note.relid === row.id)) store.table('notes').delete(note.id);
		for (const task of store.table('dealTasks').where((task) => task.reltype === 'Deal' && task.relid === row.id)) store.table('dealTasks').delete(task.id);
	},
};

function dealSearch(ctx: Ctx, deal: Row, value: string): boolean {
	const field = String(ctx.query['filters[search_field]'] ?? 'all');
	const contact = deal.contact ? ctx.store.table('contacts').get(deal.contact) : undefined;
	const account = deal.account ? ctx.store.table('accounts').get(deal.account) : undefined;
	const haystack: string[] = [];
	if (field === 'all' || field === 'title') haystack.push(deal.title);
	if ((field === 'all' || field === 'contact') && contact) haystack.push(contact.email, contact.firstName, contact.lastName, `${contact.firstName} ${contact.lastName}`);
	if ((field === 'all' || field === 'org') && account) haystack.push(account.name);
	return haystack.some((text) => compareByOperator(text, value, 'contains'));
}

const contactOrders = (ctx: Ctx): Record<string, (row: Row) => Json> => ({
	contact_name: (deal) => {
		const contact = deal.contact ? ctx.store.table('contacts').get(deal.contact) : undefined;
		return contact ? `${contact.firstName} ${contact.lastName}`.toLowerCase() : '';
	},
	contact_orgname: (deal) => {
		const account = deal.account ? ctx.store.table('accounts').get(deal.account) : undefined;
		return account ? account.name.toLowerCase() : '';
	},
});

export const contactDealSpec: ResourceSpec = {
	table: 'contactDeals',
	singular: 'contactDeal',
	model: 'SubscriberDeal',
	createStatus: 200,
	build(input, ctx) {
		for (const field of ['deal', 'contact'])
			if (isBlank(input[field]))
				throw unprocessable({ title: `The contactDeal ${field} was not provided.`, code: 'field_missing', pointer: `/data/attributes/${field}` });
		const deal = str(input.deal);
		const contact = str(input.contact);
		if (!ctx.store.table('deals').get(deal))
			throw relatedMissing('deal');
		if (!ctx.store.table('contacts').get(contact))
			throw relatedMissing('contact');
		if (ctx.store.table('contactDeals').find((contactDeal) => contactDeal.deal === deal && contactDeal.contact === contact))
			throw unprocessable({ title: 'The given contact is already associated to the deal', code: 'field_invalid', pointer: '/data/attributes/contact' });
		return { deal, contact, role: str(input.role, '0') };
	},
	writable: ['role'],
	present: (row, ctx) => ({
		contact: row.contact,
		deal: row.deal,
		role: row.role,
		cdate: isoDate(row._c),
		links: links(ctx, 'contactDeals', row.id, ['deal', 'contact', 'role']),
		id: row.id,
	}),
	echo: ['contact', 'deal'],
	sideload(rows, ctx, operation) {
		if (operation !== 'create') return {};
		const deal = ctx.store.table('deals').get(rows[0].deal);
		return { deals: deal ? [presentDeal(deal, ctx)] : [] };
	},
	// FACTS §2: GET /contactDeals documents no filters, so none is honoured.
};

function dealNoteHandler(ctx: Ctx, noteId?: string) {
	const deal = findOr404(dealSpec, ctx, ctx.params.id, 'get');
	const input = { ...unwrap(ctx.body, 'note'), reltype: 'Deal', relid: deal.id };
	let note: Row;
	if (noteId) {
		note = findOr404(noteSpec, ctx, noteId, 'update');
		updateRow(noteSpec, note, input, ctx);
	} else note = createRow(noteSpec, input, ctx);
	return ok({ deals: [presentDeal(deal, ctx)], note: presentNote(note, ctx) }, noteId ? 200 : 201);
}

export function mountDeals(router: Router): void {
	router.add('PATCH', '/deals/bulkUpdate', (ctx) => {
		const list = ctx.body?.deals;
		if (!Array.isArray(list)) throw unprocessable({ title: 'The deals attribute was not provided.', code: 'field_missing', pointer: '/data/attributes/deals' });
		const success: string[] = [];
		const nochange: string[] = [];
		const failed: string[] = [];
		for (const item of list) {
			const deal = ctx.store.table('deals').get(str(item?.id));
			const owner = str(item?.ownerId ?? item?.owner);
			if (!deal || !ctx.store.table('users').get(owner)) failed.push(str(item?.id));
			else if (deal.owner === owner) nochange.push(deal.id);
			else {
				updateRow(dealSpec, deal, { owner }, ctx);
				success.push(deal.id);
			}
		}
		return ok({ success, nochange, failed });
	});
	const dealList = (ctx: Ctx) => ({ ...dealSpec, orders: { ...dealSpec.orders, ...contactOrders(ctx) } }) as ResourceSpec;
	router.add('GET', '/deals', (ctx) => listReply(dealList(ctx), ctx), listHonours(dealList({} as Ctx)));
	mount(router, dealSpec);
	router.add('POST', '/deals/:id/notes', (ctx) => dealNoteHandler(ctx));
	router.add('PUT|PATCH', '/deals/:id/notes/:noteId', (ctx) => dealNoteHandler(ctx, ctx.params.noteId));
	router.add(
		'GET',
		'/deals/:id/notes',
		(ctx) => {
			const deal = findOr404(dealSpec, ctx, ctx.params.id, 'get');
			const notes = ctx.store.table('notes').where((note) => note.reltype === 'Deal' && note.relid === deal.id);
			return ok({ notes: pageIfAsked(notes, ctx.query).map((note) => presentNote(note, ctx)) });
		},
		PAGING,
	);
	router.add(
		'GET',
		'/deals/:id/contactDeals',
		(ctx) => {
			const deal = findOr404(dealSpec, ctx, ctx.params.id, 'get');
			const links = ctx.store.table('contactDeals').where((contactDeal) => contactDeal.deal === deal.id);
			return ok({ contactDeals: pageIfAsked(links, ctx.query).map((contactDeal) => contactDealSpec.present(contactDeal, ctx, 'list')) });
		},
		PAGING,
	);
	router.add('GET', '/deals/:id/dealCustomFieldData', (ctx) => {
		const deal = findOr404(dealSpec, ctx, ctx.params.id, 'get');
		return ok({ dealCustomFieldData: ctx.store.table('dealCustomFieldData').where((datum) => datum.dealId === deal.id).map((datum) => presentDealDatum(datum, ctx)) });
	});
	mount(router, contactDealSpec);
}


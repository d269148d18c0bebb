/** Deals (/deals, notes on deals, bulkUpdate) and secondary contacts (/contactDeals). */
import { createHash } from 'node:crypto';
import { links, type Ctx } from '../context';
import { createRow, findOr404, listHonours, listReply, mount, updateRow, type ResourceSpec } from '../crud';
import { ApiError, isBlank, ok, relatedMissing, str, unprocessable, unwrap } from '../http';
import { compareOp, dateFilters, pageIfAsked, PAGING } from '../query';
import type { Router } from '../router';
import type { Json, Row } from '../store';
import { isoDate, isoOrNull } from '../time';
import { presentContact } from './contacts';
import { presentGroup, presentStage, stagesOf } from './pipelines';
import { presentDealDatum } from './customFields';
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
		.t('dealCustomFieldData')
		.where((d) => d.dealId === dealId)
		.map((d) => ({ customFieldId: Number(d.customFieldId), fieldValue: d.fieldValue, ...(d.fieldCurrency ? { fieldCurrency: d.fieldCurrency } : {}), dealId: d.dealId }));
}

function presentWritten(row: Row, input: Record<string, Json>, ctx: Ctx, op: 'create' | 'update'): Json {
	const base = presentDeal(row, ctx);
	const value = typeof input.value === 'string' ? row.value : Number(row.value);
	const status = typeof input.status === 'string' ? row.status : Number(row.status);
	const common = { fields: dealFieldsOut(ctx, row.id, input.fields), customFieldSaveStatus: { status: 'success' } };
	if (op === 'create')
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
	const { links: l, id, isDisabled, account, customerAccount, ...rest } = base;
	return { ...rest, value, status, links: l, ...common, id, isDisabled, nextTask: null, account, customerAccount };
}

function invalid(field: string, title: string): ApiError {
	return unprocessable({ title, code: 'field_invalid', pointer: `/data/attributes/${field}` });
}

function checkValue(v: Json): string {
	const n = Number(v);
	if (v === '' || Number.isNaN(n) || n < 0 || !Number.isInteger(n)) throw invalid('value', 'The deal value must be a non-negative integer (cents).');
	return String(n);
}

function resolveGroupStage(ctx: Ctx, input: Record<string, Json>, current?: Row): { group: string; stage: string } {
	let group = input.group !== undefined && !isBlank(input.group) ? str(input.group) : undefined;
	let stage = input.stage !== undefined && !isBlank(input.stage) ? str(input.stage) : undefined;
	if (stage) {
		const s = ctx.store.t('dealStages').get(stage);
		if (!s) throw relatedMissing('stage');
		if (group && group !== s.group) throw invalid('stage', 'The deal stage does not belong to the deal pipeline.');
		group = s.group;
	} else if (group) {
		if (!ctx.store.t('dealGroups').get(group))
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
	if (!isBlank(input.contact) && !ctx.store.t('contacts').get(str(input.contact)))
		throw relatedMissing('contact');
	const account = input.account ?? input.customerAccount;
	if (!isBlank(account) && !ctx.store.t('accounts').get(str(account)))
		throw relatedMissing('account');
	if (!isBlank(input.owner) && !ctx.store.t('users').get(str(input.owner)))
		throw relatedMissing('owner');
	if (input.status !== undefined && !['0', '1', '2'].includes(str(input.status))) throw invalid('status', 'The deal status must be 0, 1 or 2.');
}

function saveDealFields(ctx: Ctx, dealId: string, fields: Json): void {
	if (!Array.isArray(fields)) return;
	for (const f of fields) {
		if (!f || isBlank(f.customFieldId)) continue;
		const metaId = str(f.customFieldId);
		if (!ctx.store.t('dealCustomFieldMeta').get(metaId))
			throw unprocessable({ title: 'The related customField does not exist.', code: 'related_missing', pointer: '/data/attributes/fields' });
		const t = ctx.store.now();
		const existing = ctx.store.t('dealCustomFieldData').find((d) => d.dealId === dealId && d.customFieldId === metaId);
		const value = Array.isArray(f.fieldValue) ? `||${f.fieldValue.join('||')}||` : str(f.fieldValue);
		if (existing) {
			existing.fieldValue = value;
			existing._u = t;
		} else
			ctx.store.t('dealCustomFieldData').insert({
				_c: t,
				_u: t,
				dealId,
				customFieldId: metaId,
				fieldValue: value,
				fieldCurrency: f.fieldCurrency === undefined ? null : str(f.fieldCurrency),
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
			const g = ctx.store.t('dealGroups').get(group);
			if (g?.autoassign === '0')
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
		for (const k of ['contact', 'owner', 'status', 'description', 'percent']) if (input[k] !== undefined) row[k] = isBlank(input[k]) && k === 'contact' ? null : str(input[k]);
		const account = input.account ?? input.customerAccount;
		if (account !== undefined) row.account = isBlank(account) ? null : str(account);
		saveDealFields(ctx, row.id, input.fields);
	},
	present: (row, ctx) => presentDeal(row, ctx),
	presentWrite: presentWritten,
	sideload(rows, ctx, op) {
		if (op === 'create') {
			const d = rows[0];
			const c = d.contact ? ctx.store.t('contacts').get(d.contact) : undefined;
			const g = ctx.store.t('dealGroups').get(d.group);
			const s = ctx.store.t('dealStages').get(d.stage);
			return {
				contacts: c ? [presentContact(c, ctx)] : [],
				dealGroups: g ? [presentGroup(g, ctx, 'update')] : [],
				dealStages: s ? [presentStage(s, ctx)] : [],
			};
		}
		if (op === 'update') {
			const s = ctx.store.t('dealStages').get(rows[0].stage);
			return { dealStages: s ? [presentStage(s, ctx)] : [] };
		}
		return {};
	},
	ctxFilters: (ctx) => ({
		search: (r, v) => dealSearch(ctx, r, v),
		tag: (r, v) => {
			const tag = ctx.store.t('tags').find((t) => t.tag.toLowerCase() === v.toLowerCase() || t.id === v);
			return !!tag && !!r.contact && !!ctx.store.t('contactTags').find((m) => m.contact === r.contact && m.tag === tag.id);
		},
		tasktype: (r, v) => !!ctx.store.t('dealTasks').find((t) => t.reltype === 'Deal' && t.relid === r.id && t.dealTasktype === v),
	}),
	filters: {
		...dateFilters,
		search_field: () => true,
		title: (r, v, op) => compareOp(r.title, v, op === '' ? 'contains' : op),
		stage: (r, v) => r.stage === v,
		group: (r, v) => r.group === v,
		owner: (r, v) => r.owner === v,
		status: (r, v) => r.status === v,
		organization: (r, v) => r.account === v,
		minimum_value: (r, v) => Number(r.value) / 100 >= Number(v),
		maximum_value: (r, v) => Number(r.value) / 100 <= Number(v),
		nextdate_range: () => true,
		score: () => true,
		score_greater_than: () => true,
		score_less_than: () => true,
	},
	orders: {
		title: (r) => r.title.toLowerCase(),
		value: (r) => Number(r.value),
		cdate: (r) => r._c,
		'next-action': (r) => r._next ?? 0,
	},
	listMeta(rows) {
		const currencies: Record<string, Json> = {};
		for (const d of rows) {
			const cur = String(d.currency).toUpperCase();
			const c = (currencies[cur] ??= { currency: cur, total: 0, value: 0, isDisabled: false });
			c.total += 1;
			c.value += Number(d.value);
		}
		for (const c of Object.values(currencies)) {
			c.total = String(c.total);
			c.value = String(c.value);
		}
		return { currencies };
	},
	afterCreate(row, input, ctx) {
		saveDealFields(ctx, row.id, input.fields);
		ctx.emit('deal_add', { dealId: row.id, contactId: row.contact ?? undefined });
	},
	afterUpdate(row, before, _input, ctx) {
		const changed = TRACKED.filter((k) => before[k] !== row[k]);
		ctx.emit('deal_update', { dealId: row.id, contactId: row.contact ?? undefined, updatedFields: [...changed, 'mdate'] });
	},
	afterDelete(row, ctx) {
		const s = ctx.store;
		for (const r of s.t('contactDeals').where((x) => x.deal === row.id)) s.t('contactDeals').delete(r.id);
		for (const r of s.t('dealCustomFieldData').where((x) => x.dealId === row.id)) s.t('dealCustomFieldData').delete(r.id);
		for (const r of s.t('notes').where((x) => x.reltype === 'Deal' && x.relid === row.id)) s.t('notes').delete(r.id);
		for (const r of s.t('dealTasks').where((x) => x.reltype === 'Deal' && x.relid === row.id)) s.t('dealTasks').delete(r.id);
	},
};

function dealSearch(ctx: Ctx, r: Row, v: string): boolean {
	const field = String(ctx.query['filters[search_field]'] ?? 'all');
	const c = r.contact ? ctx.store.t('contacts').get(r.contact) : undefined;
	const a = r.account ? ctx.store.t('accounts').get(r.account) : undefined;
	const hay: string[] = [];
	if (field === 'all' || field === 'title') hay.push(r.title);
	if ((field === 'all' || field === 'contact') && c) hay.push(c.email, c.firstName, c.lastName, `${c.firstName} ${c.lastName}`);
	if ((field === 'all' || field === 'org') && a) hay.push(a.name);
	return hay.some((h) => compareOp(h, v, 'contains'));
}

const contactOrders = (ctx: Ctx): Record<string, (r: Row) => Json> => ({
	contact_name: (r) => {
		const c = r.contact ? ctx.store.t('contacts').get(r.contact) : undefined;
		return c ? `${c.firstName} ${c.lastName}`.toLowerCase() : '';
	},
	contact_orgname: (r) => {
		const a = r.account ? ctx.store.t('accounts').get(r.account) : undefined;
		return a ? a.name.toLowerCase() : '';
	},
});

export const contactDealSpec: ResourceSpec = {
	table: 'contactDeals',
	singular: 'contactDeal',
	model: 'SubscriberDeal',
	createStatus: 200,
	build(input, ctx) {
		for (const f of ['deal', 'contact'])
			if (isBlank(input[f]))
				throw unprocessable({ title: `The contactDeal ${f} was not provided.`, code: 'field_missing', pointer: `/data/attributes/${f}` });
		const deal = str(input.deal);
		const contact = str(input.contact);
		if (!ctx.store.t('deals').get(deal))
			throw relatedMissing('deal');
		if (!ctx.store.t('contacts').get(contact))
			throw relatedMissing('contact');
		if (ctx.store.t('contactDeals').find((d) => d.deal === deal && d.contact === contact))
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
	sideload(rows, ctx, op) {
		if (op !== 'create') return {};
		const d = ctx.store.t('deals').get(rows[0].deal);
		return { deals: d ? [presentDeal(d, ctx)] : [] };
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
			const d = ctx.store.t('deals').get(str(item?.id));
			const owner = str(item?.ownerId ?? item?.owner);
			if (!d || !ctx.store.t('users').get(owner)) failed.push(str(item?.id));
			else if (d.owner === owner) nochange.push(d.id);
			else {
				updateRow(dealSpec, d, { owner }, ctx);
				success.push(d.id);
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
			const notes = ctx.store.t('notes').where((n) => n.reltype === 'Deal' && n.relid === deal.id);
			return ok({ notes: pageIfAsked(notes, ctx.query).map((n) => presentNote(n, ctx)) });
		},
		PAGING,
	);
	router.add(
		'GET',
		'/deals/:id/contactDeals',
		(ctx) => {
			const deal = findOr404(dealSpec, ctx, ctx.params.id, 'get');
			const links = ctx.store.t('contactDeals').where((n) => n.deal === deal.id);
			return ok({ contactDeals: pageIfAsked(links, ctx.query).map((n) => contactDealSpec.present(n, ctx, 'list')) });
		},
		PAGING,
	);
	router.add('GET', '/deals/:id/dealCustomFieldData', (ctx) => {
		const deal = findOr404(dealSpec, ctx, ctx.params.id, 'get');
		return ok({ dealCustomFieldData: ctx.store.t('dealCustomFieldData').where((n) => n.dealId === deal.id).map((n) => presentDealDatum(n, ctx)) });
	});
	mount(router, contactDealSpec);
}


/** Pipelines (/dealGroups) and stages (/dealStages, PUT /dealStages/{id}/deals). */
import { links, type Ctx } from '../context';
import { findOr404, mount, type ResourceSpec } from '../crud';
import { isBlank, ok, relatedMissing, str, unprocessable, unwrap } from '../http';
import { compareByOperator, contains } from '../query';
import type { Router } from '../router';
import type { Json, Row } from '../store';
import { isoDate, isoOrNull } from '../time';
import { presentDeal } from './deals';

const GROUP_LINKS = ['stages', 'dealGroupUsers', 'dealGroupGroups', 'winProbabilityFeatures'];
export const DEFAULT_STAGES: Array<[string, string]> = [
	['To Contact', '19CCA3'],
	['In Contact', '3F6CE7'],
	['Follow Up', 'F4B23C'],
];

export function stagesOf(ctx: Ctx, groupId: string): Row[] {
	return ctx.store
		.table('dealStages')
		.where((stage) => stage.group === groupId)
		.sort((left, right) => Number(left.order) - Number(right.order) || Number(left.id) - Number(right.id));
}

export function presentGroup(row: Row, ctx: Ctx, operation: string): Json {
	const stages = stagesOf(ctx, row.id).map((stage) => stage.id);
	return {
		title: row.title,
		currency: row.currency,
		autoassign: row.autoassign,
		allusers: row.allusers,
		allgroups: row.allgroups,
		win_probability_initialize_date: null,
		cdate: isoDate(row._c),
		udate: isoDate(row._u),
		source: '',
		...(operation === 'list' ? { count: String(ctx.store.table('deals').where((deal) => deal.group === row.id).length) } : {}),
		...(operation === 'list' || operation === 'get' ? { stages } : {}),
		links: links(ctx, 'dealGroups', row.id, GROUP_LINKS),
		id: row.id,
	};
}

export function presentStage(row: Row, ctx: Ctx): Json {
	return {
		group: row.group,
		title: row.title,
		color: row.color,
		order: row.order,
		width: row.width,
		dealOrder: row.dealOrder,
		cardRegion1: row.cardRegion1,
		cardRegion2: row.cardRegion2,
		cardRegion3: row.cardRegion3,
		cardRegion4: row.cardRegion4,
		cardRegion5: row.cardRegion5,
		cdate: isoOrNull(row._cd),
		udate: isoOrNull(row._ud),
		links: links(ctx, 'dealStages', row.id, ['group']),
		id: row.id,
	};
}

export function insertStage(ctx: Ctx, fields: Record<string, Json>, explicitDates: boolean): Row {
	const now = ctx.store.now();
	return ctx.store.table('dealStages').insert({
		_c: now,
		_u: now,
		...(explicitDates ? { _cd: now, _ud: now } : {}),
		width: '280',
		dealOrder: 'next-action DESC',
		cardRegion1: 'title',
		cardRegion2: 'next-action',
		cardRegion3: 'show-avatar',
		cardRegion4: 'contact-fullname-acctname',
		cardRegion5: 'value',
		color: '3f3f3f',
		...fields,
	});
}

export const groupSpec: ResourceSpec = {
	table: 'dealGroups',
	singular: 'dealGroup',
	model: 'Pipeline',
	totalNumeric: true,
	build(input) {
		if (isBlank(input.title))
			throw unprocessable({ title: 'The dealGroup title was not provided.', code: 'field_missing', pointer: '/data/attributes/title' });
		if (isBlank(input.currency))
			throw unprocessable({ title: 'The dealGroup currency was not provided.', code: 'field_missing', pointer: '/data/attributes/currency' });
		return {
			title: str(input.title),
			currency: str(input.currency).toLowerCase(),
			autoassign: str(input.autoassign, '0'),
			allusers: str(input.allusers, '0'),
			allgroups: str(input.allgroups, '1'),
		};
	},
	apply(row, input) {
		for (const key of ['title', 'autoassign', 'allusers', 'allgroups']) if (input[key] !== undefined) row[key] = str(input[key]);
		if (input.currency !== undefined) row.currency = str(input.currency).toLowerCase();
	},
	present: (row, ctx, operation) => presentGroup(row, ctx, operation),
	presentWrite(row, _input, ctx, operation) {
		if (operation === 'update') return presentGroup(row, ctx, 'update');
		return {
			title: row.title,
			currency: row.currency,
			source: '',
			cdate: isoDate(row._c),
			udate: isoDate(row._u),
			autoassign: row.autoassign,
			links: links(ctx, 'dealGroups', row.id, GROUP_LINKS),
			stages: stagesOf(ctx, row.id).map((stage) => stage.id),
			id: row.id,
		};
	},
	sideload(rows, ctx, operation) {
		if (operation === 'update') return {};
		const ids = new Set(rows.map((pipeline) => pipeline.id));
		return {
			dealStages: ctx.store
				.table('dealStages')
				.where((stage) => ids.has(stage.group))
				.map((stage) => presentStage(stage, ctx)),
		};
	},
	filters: {
		title: contains('title'),
	},
	ctxFilters: (ctx) => ({
		have_stages: (row, value) => value !== '1' || ctx.store.table('dealStages').find((stage) => stage.group === row.id) !== undefined,
	}),
	orders: { title: (row) => row.title.toLowerCase(), popular: (row) => -Number(row._popular ?? 0) },
	afterCreate(row, _input, ctx) {
		DEFAULT_STAGES.forEach(([title, color], i) => insertStage(ctx, { group: row.id, title, color, order: String(i + 1) }, false));
		ctx.emit('deal_pipeline_add', { extra: { 'pipeline[id]': row.id, 'pipeline[title]': row.title } });
	},
	afterDelete(row, ctx) {
		for (const stage of ctx.store.table('dealStages').where((stage) => stage.group === row.id)) ctx.store.table('dealStages').delete(stage.id);
		for (const deal of ctx.store.table('deals').where((deal) => deal.group === row.id)) ctx.store.table('deals').delete(deal.id);
	},
};

export const stageSpec: ResourceSpec = {
	table: 'dealStages',
	singular: 'dealStage',
	model: 'DealStage',
	totalNumeric: true,
	build(input, ctx) {
		if (isBlank(input.title))
			throw unprocessable({ title: 'The dealStage title was not provided.', code: 'field_missing', pointer: '/data/attributes/title' });
		if (isBlank(input.group))
			throw unprocessable({ title: 'The dealStage group was not provided.', code: 'field_missing', pointer: '/data/attributes/group' });
		const group = str(input.group);
		if (!ctx.store.table('dealGroups').get(group))
			throw relatedMissing('group');
		const order = isBlank(input.order) ? String(stagesOf(ctx, group).length + 1) : str(input.order);
		return {
			_cd: ctx.store.now(),
			_ud: ctx.store.now(),
			title: str(input.title),
			group,
			order,
			width: str(input.width, '280'),
			dealOrder: str(input.dealOrder, 'next-action DESC'),
			cardRegion1: str(input.cardRegion1, 'title'),
			cardRegion2: str(input.cardRegion2, 'next-action'),
			cardRegion3: str(input.cardRegion3, 'show-avatar'),
			cardRegion4: str(input.cardRegion4, 'contact-fullname-acctname'),
			cardRegion5: str(input.cardRegion5, 'value'),
			color: str(input.color, '3f3f3f'),
		};
	},
	apply(row, input, ctx) {
		for (const key of ['title', 'order', 'width', 'dealOrder', 'cardRegion1', 'cardRegion2', 'cardRegion3', 'cardRegion4', 'cardRegion5', 'color'])
			if (input[key] !== undefined) row[key] = str(input[key]);
		if (input.group !== undefined) {
			if (!ctx.store.table('dealGroups').get(str(input.group)))
				throw relatedMissing('group');
			row.group = str(input.group);
		}
		row._ud = ctx.store.now();
		const pipeline = ctx.store.table('dealGroups').get(row.group);
		if (pipeline) ctx.store.touch(pipeline);
	},
	present: (row, ctx) => presentStage(row, ctx),
	presentWrite(row, _input, ctx, operation) {
		const body = presentStage(row, ctx);
		if (operation === 'create') {
			body.width = Number(body.width);
			body.order = Number(body.order);
			delete body.cdate;
			delete body.udate;
			return { title: body.title, group: body.group, cdate: isoDate(row._c), udate: isoDate(row._u), ...body };
		}
		return body;
	},
	sideload(rows, ctx, operation) {
		if (operation !== 'create' && operation !== 'update') return {};
		const ids = new Set(rows.map((stage) => stage.group));
		return {
			dealGroups: ctx.store
				.table('dealGroups')
				.where((pipeline) => ids.has(pipeline.id))
				.map((pipeline) => presentGroup(pipeline, ctx, 'update')),
		};
	},
	filters: {
		title: (row, value, operator) => compareByOperator(row.title, value, operator === '' ? 'contains' : operator),
		d_groupid: (row, value) => row.group === value,
	},
	orders: { title: (row) => row.title.toLowerCase() },
	afterCreate(row, _input, ctx) {
		const pipeline = ctx.store.table('dealGroups').get(row.group);
		if (pipeline) ctx.store.touch(pipeline);
		ctx.emit('deal_stage_add', { extra: { 'stage[id]': row.id, 'stage[title]': row.title, 'stage[color]': row.color } });
	},
};

export function mountPipelines(router: Router): void {
	mount(router, groupSpec);
	mount(router, stageSpec);
	router.add('PUT|PATCH', '/dealStages/:id/deals', (ctx) => {
		const from = findOr404(stageSpec, ctx, ctx.params.id, 'update');
		const input = unwrap(ctx.body, 'deal');
		const target = ctx.store.table('dealStages').get(str(input.stage));
		if (!target)
			throw relatedMissing('stage');
		if (target.group !== from.group)
			throw unprocessable({
				title: 'The target stage must be in the same pipeline.',
				code: 'field_invalid',
				pointer: '/data/attributes/stage',
			});
		const moved = ctx.store.table('deals').where((deal) => deal.stage === from.id);
		for (const deal of moved) {
			deal.stage = target.id;
			ctx.store.touch(deal);
			ctx.emit('deal_update', { dealId: deal.id, updatedFields: ['stage', 'mdate'] });
		}
		return ok({ deals: moved.map((deal) => presentDeal(deal, ctx)) });
	});
}

/** Pipelines (/dealGroups) and stages (/dealStages, PUT /dealStages/{id}/deals). */
import { links, type Ctx } from '../context';
import { findOr404, mount, type ResourceSpec } from '../crud';
import { isBlank, ok, relatedMissing, str, unprocessable, unwrap } from '../http';
import { compareOp, contains } from '../query';
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
		.t('dealStages')
		.where((s) => s.group === groupId)
		.sort((a, b) => Number(a.order) - Number(b.order) || Number(a.id) - Number(b.id));
}

export function presentGroup(row: Row, ctx: Ctx, op: string): Json {
	const stages = stagesOf(ctx, row.id).map((s) => s.id);
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
		...(op === 'list' ? { count: String(ctx.store.t('deals').where((d) => d.group === row.id).length) } : {}),
		...(op === 'list' || op === 'get' ? { stages } : {}),
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
	const t = ctx.store.now();
	return ctx.store.t('dealStages').insert({
		_c: t,
		_u: t,
		...(explicitDates ? { _cd: t, _ud: t } : {}),
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
		for (const k of ['title', 'autoassign', 'allusers', 'allgroups']) if (input[k] !== undefined) row[k] = str(input[k]);
		if (input.currency !== undefined) row.currency = str(input.currency).toLowerCase();
	},
	present: (row, ctx, op) => presentGroup(row, ctx, op),
	presentWrite(row, _input, ctx, op) {
		if (op === 'update') return presentGroup(row, ctx, 'update');
		return {
			title: row.title,
			currency: row.currency,
			source: '',
			cdate: isoDate(row._c),
			udate: isoDate(row._u),
			autoassign: row.autoassign,
			links: links(ctx, 'dealGroups', row.id, GROUP_LINKS),
			stages: stagesOf(ctx, row.id).map((s) => s.id),
			id: row.id,
		};
	},
	sideload(rows, ctx, op) {
		if (op === 'update') return {};
		const ids = new Set(rows.map((r) => r.id));
		return {
			dealStages: ctx.store
				.t('dealStages')
				.where((s) => ids.has(s.group))
				.map((s) => presentStage(s, ctx)),
		};
	},
	filters: {
		title: contains('title'),
	},
	ctxFilters: (ctx) => ({
		have_stages: (r, v) => v !== '1' || ctx.store.t('dealStages').find((s) => s.group === r.id) !== undefined,
	}),
	orders: { title: (r) => r.title.toLowerCase(), popular: (r) => -Number(r._popular ?? 0) },
	afterCreate(row, _input, ctx) {
		DEFAULT_STAGES.forEach(([title, color], i) => insertStage(ctx, { group: row.id, title, color, order: String(i + 1) }, false));
		ctx.emit('deal_pipeline_add', { extra: { 'pipeline[id]': row.id, 'pipeline[title]': row.title } });
	},
	afterDelete(row, ctx) {
		for (const s of ctx.store.t('dealStages').where((x) => x.group === row.id)) ctx.store.t('dealStages').delete(s.id);
		for (const d of ctx.store.t('deals').where((x) => x.group === row.id)) ctx.store.t('deals').delete(d.id);
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
		if (!ctx.store.t('dealGroups').get(group))
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
		for (const k of ['title', 'order', 'width', 'dealOrder', 'cardRegion1', 'cardRegion2', 'cardRegion3', 'cardRegion4', 'cardRegion5', 'color'])
			if (input[k] !== undefined) row[k] = str(input[k]);
		if (input.group !== undefined) {
			if (!ctx.store.t('dealGroups').get(str(input.group)))
				throw relatedMissing('group');
			row.group = str(input.group);
		}
		row._ud = ctx.store.now();
		const g = ctx.store.t('dealGroups').get(row.group);
		if (g) ctx.store.touch(g);
	},
	present: (row, ctx) => presentStage(row, ctx),
	presentWrite(row, _input, ctx, op) {
		const p = presentStage(row, ctx);
		if (op === 'create') {
			p.width = Number(p.width);
			p.order = Number(p.order);
			delete p.cdate;
			delete p.udate;
			return { title: p.title, group: p.group, cdate: isoDate(row._c), udate: isoDate(row._u), ...p };
		}
		return p;
	},
	sideload(rows, ctx, op) {
		if (op !== 'create' && op !== 'update') return {};
		const ids = new Set(rows.map((r) => r.group));
		return {
			dealGroups: ctx.store
				.t('dealGroups')
				.where((g) => ids.has(g.id))
				.map((g) => presentGroup(g, ctx, 'update')),
		};
	},
	filters: {
		title: (r, v, op) => compareOp(r.title, v, op === '' ? 'contains' : op),
		d_groupid: (r, v) => r.group === v,
	},
	orders: { title: (r) => r.title.toLowerCase() },
	afterCreate(row, _input, ctx) {
		const g = ctx.store.t('dealGroups').get(row.group);
		if (g) ctx.store.touch(g);
		ctx.emit('deal_stage_add', { extra: { 'stage[id]': row.id, 'stage[title]': row.title, 'stage[color]': row.color } });
	},
};

export function mountPipelines(router: Router): void {
	mount(router, groupSpec);
	mount(router, stageSpec);
	router.add('PUT|PATCH', '/dealStages/:id/deals', (ctx) => {
		const from = findOr404(stageSpec, ctx, ctx.params.id, 'update');
		const input = unwrap(ctx.body, 'deal');
		const target = ctx.store.t('dealStages').get(str(input.stage));
		if (!target)
			throw relatedMissing('stage');
		if (target.group !== from.group)
			throw unprocessable({
				title: 'The target stage must be in the same pipeline.',
				code: 'field_invalid',
				pointer: '/data/attributes/stage',
			});
		const moved = ctx.store.t('deals').where((d) => d.stage === from.id);
		for (const d of moved) {
			d.stage = target.id;
			ctx.store.touch(d);
			ctx.emit('deal_update', { dealId: d.id, updatedFields: ['stage', 'mdate'] });
		}
		return ok({ deals: moved.map((d) => presentDeal(d, ctx)) });
	});
}

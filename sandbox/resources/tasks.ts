/** Tasks (/dealTasks, for deals and contacts) and task types (/dealTasktypes). */
import { links, type Ctx } from '../context';
import { mount, type ResourceSpec } from '../crud';
import { isBlank, str, unprocessable } from '../http';
import { contains, dateAfter, dateBefore } from '../query';
import type { Router } from '../router';
import type { Json, Row } from '../store';
import { isoDate, isoOrNull, parseDate, sqlDate } from '../time';

const TASK_LINKS = ['activities', 'automation', 'dealTasktype', 'doneAutomation', 'notes', 'owner', 'taskNotifications', 'user', 'assignee'];

export function presentTask(row: Row, ctx: Ctx): Json {
	return {
		id: row.id,
		duedate: isoDate(row._due),
		edate: isoDate(row._edate),
		status: row.status,
		title: row.title,
		note: row.note,
		relid: row.relid,
		reltype: row.reltype,
		dealTasktype: row.dealTasktype,
		cdate: isoDate(row._c),
		udate: isoDate(row._u),
		automation: row.automation,
		doneAutomation: row.doneAutomation,
		user: '1',
		assignee: row.assignee,
		owner: { type: row.reltype === 'Deal' ? 'deal' : 'contact', id: row.relid },
		outcomeId: row.outcomeId,
		outcomeInfo: row.outcomeInfo,
		links: links(ctx, 'dealTasks', row.id, TASK_LINKS),
	};
}

/** Flat `task[...]` webhook keys. */
export function taskBlock(row: Row, ctx: Ctx): Record<string, string> {
	const type = ctx.store.table('dealTasktypes').get(row.dealTasktype);
	return {
		'task[id]': row.id,
		'task[type_id]': row.dealTasktype,
		'task[type_title]': type?.title ?? '',
		'task[title]': row.title ?? '',
		'task[note]': row.note ?? '',
		'task[duedate]': sqlDate(row._due),
		'task[duedate_iso]': isoDate(row._due),
		'task[edate]': sqlDate(row._edate),
		'task[edate_iso]': isoDate(row._edate),
		...(row.status === '1' && row._done ? { 'task[donedate]': sqlDate(row._done), 'task[donedate_iso]': isoDate(row._done) } : {}),
	};
}

function ownerFields(input: Record<string, Json>, ctx: Ctx, current?: Row): { reltype: string; relid: string } {
	const ownerType = str(input.ownerType ?? (current ? (current.reltype === 'Deal' ? 'deal' : 'contact') : 'deal')).toLowerCase();
	if (!['deal', 'contact'].includes(ownerType))
		throw unprocessable({ title: 'The dealTask ownerType is invalid.', code: 'field_invalid', pointer: '/data/attributes/ownerType' });
	const relid = str(input.relid ?? current?.relid);
	const table = ownerType === 'deal' ? 'deals' : 'contacts';
	if (!ctx.store.table(table).get(relid))
		throw unprocessable({ title: `The related ${ownerType} does not exist.`, code: 'related_missing', pointer: '/data/attributes/relid' });
	return { reltype: ownerType === 'deal' ? 'Deal' : 'Subscriber', relid };
}

function parseDue(value: Json, field: string): number {
	const time = parseDate(value);
	if (time === undefined) throw unprocessable({ title: `The dealTask ${field} is invalid.`, code: 'field_invalid', pointer: `/data/attributes/${field}` });
	return time;
}

function emitTask(ctx: Ctx, row: Row, type: string): void {
	const deal = row.reltype === 'Deal' ? ctx.store.table('deals').get(row.relid) : undefined;
	ctx.emit(type, {
		dealId: deal?.id,
		contactId: row.reltype === 'Subscriber' ? row.relid : (deal?.contact ?? undefined),
		extra: taskBlock(row, ctx),
	});
}

export const taskSpec: ResourceSpec = {
	table: 'dealTasks',
	singular: 'dealTask',
	model: 'DealTask',
	build(input, ctx) {
		for (const field of ['relid', 'duedate', 'dealTasktype'])
			if (isBlank(input[field]))
				throw unprocessable({ title: `The dealTask ${field} was not provided.`, code: 'field_missing', pointer: `/data/attributes/${field}` });
		const owner = ownerFields(input, ctx);
		const type = str(input.dealTasktype);
		if (!ctx.store.table('dealTasktypes').get(type))
			throw unprocessable({ title: 'The related dealTasktype does not exist.', code: 'related_missing', pointer: '/data/attributes/dealTasktype' });
		const due = parseDue(input.duedate, 'duedate');
		const status = str(input.status, '0');
		return {
			...owner,
			_due: due,
			_edate: isBlank(input.edate) ? due + 15 * 60_000 : parseDue(input.edate, 'edate'),
			_done: status === '1' ? Date.now() : undefined,
			status,
			title: input.title === undefined ? null : str(input.title),
			note: str(input.note),
			dealTasktype: type,
			assignee: str(input.assignee, '1'),
			automation: isBlank(input.triggerAutomationOnCreate) ? null : str(input.triggerAutomationOnCreate),
			doneAutomation: isBlank(input.doneAutomation) ? null : str(input.doneAutomation),
			outcomeId: null,
			outcomeInfo: null,
		};
	},
	apply(row, input, ctx) {
		if (input.relid !== undefined || input.ownerType !== undefined) Object.assign(row, ownerFields(input, ctx, row));
		if (input.duedate !== undefined) row._due = parseDue(input.duedate, 'duedate');
		if (input.edate !== undefined) row._edate = parseDue(input.edate, 'edate');
		if (input.dealTasktype !== undefined) {
			if (!ctx.store.table('dealTasktypes').get(str(input.dealTasktype)))
				throw unprocessable({ title: 'The related dealTasktype does not exist.', code: 'related_missing', pointer: '/data/attributes/dealTasktype' });
			row.dealTasktype = str(input.dealTasktype);
		}
		for (const key of ['status', 'title', 'note', 'assignee', 'outcomeId', 'outcomeInfo', 'doneAutomation'])
			if (input[key] !== undefined) row[key] = input[key] === null ? null : str(input[key]);
		if (row.status === '1' && !row._done) row._done = Date.now();
		if (row.status !== '1') row._done = undefined;
	},
	present: (row, ctx) => presentTask(row, ctx),
	echo: ['status'],
	filters: {
		title: contains('title'),
		note: contains('note'),
		reltype: (row, value) => row.reltype.toLowerCase() === value.toLowerCase() || (value.toLowerCase() === 'contact' && row.reltype === 'Subscriber'),
		relid: (row, value) => row.relid === value,
		status: (row, value) => row.status === value,
		d_tasktypeid: (row, value) => row.dealTasktype === value,
		userid: () => true,
		assignee_userid: (row, value) => row.assignee === value,
		outcome_id: (row, value) => row.outcomeId === value,
		due_after: dateAfter('_due'),
		due_before: dateBefore('_due'),
		duedate: (row, value) => sqlDate(row._due).slice(0, 10) === value.slice(0, 10),
		duedate_range: () => true,
	},
	afterCreate(row, _input, ctx) {
		emitTask(ctx, row, row.reltype === 'Deal' ? 'deal_task_add' : 'contact_task_add');
		if (row.reltype === 'Deal' && row.status === '1') emitTask(ctx, row, 'deal_task_complete');
	},
	afterUpdate(row, before, _input, ctx) {
		if (row.reltype === 'Deal' && before.status !== '1' && row.status === '1') emitTask(ctx, row, 'deal_task_complete');
	},
};

export const tasktypeSpec: ResourceSpec = {
	table: 'dealTasktypes',
	singular: 'dealTasktype',
	model: 'DealTasktype',
	createStatus: 200,
	build(input, ctx) {
		if (isBlank(input.title))
			throw unprocessable({ title: 'The dealTasktype title was not provided.', code: 'field_missing', pointer: '/data/attributes/title' });
		const title = str(input.title);
		if (ctx.store.table('dealTasktypes').find((taskType) => taskType.title.toLowerCase() === title.toLowerCase()))
			throw unprocessable({ title: 'A task type with this title already exists.', code: 'duplicate', pointer: '/data/attributes/title' });
		return { _cd: Date.now(), title, status: str(input.status, '0'), defduration: str(input.defduration, '0') };
	},
	writable: ['title', 'status', 'defduration'],
	present: (row) => ({
		cdate: isoOrNull(row._cd),
		defduration: row.defduration,
		id: row.id,
		links: [],
		status: row.status,
		title: row.title,
		udate: isoOrNull(row._cd === undefined ? undefined : row._u),
	}),
	afterCreate(row, _input, ctx) {
		ctx.emit('deal_tasktype_add', { extra: { 'tasktype[id]': row.id, 'tasktype[title]': row.title } });
	},
};

export function mountTasks(router: Router): void {
	mount(router, taskSpec);
	mount(router, tasktypeSpec);
}

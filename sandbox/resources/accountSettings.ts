/**
 * Account settings a sales team keeps: calendar feeds (/calendars), saved responses (/savedResponses), task outcomes
 * (/taskOutcomes) and user groups (/groups), modelled on ActiveCampaign's spec (openapi-v3.json), strictest reading.
 */
import { links, type Ctx } from '../context';
import { mount, type ResourceSpec } from '../crud';
import { ApiError, isBlank, str, unprocessable, type ValidationIssue } from '../http';
import type { Router } from '../router';
import type { Json, Row, Store } from '../store';
import { isoDate } from '../time';

// ---------------------------------------------------------------- calendar feeds

const CALENDAR_TYPES = ['All', 'Deals', 'Contacts'];

/** `notification` is a boolean in the spec; its example sends 1. Stored as '1'/'0'. */
function notificationFlag(value: Json, field = 'notification'): string {
	if (value === true || value === 1 || value === '1') return '1';
	if (value === false || value === 0 || value === '0') return '0';
	throw unprocessable({ title: `The calendar ${field} is invalid.`, code: 'field_invalid', pointer: `/data/attributes/${field}` });
}

function calendarType(value: Json): string {
	const type = str(value);
	const known = CALENDAR_TYPES.find((candidate) => candidate.toLowerCase() === type.toLowerCase());
	if (!known) throw unprocessable({ title: "The calendar type must be one of 'All', 'Deals' or 'Contacts'.", code: 'field_invalid', pointer: '/data/attributes/type' });
	return known;
}

function presentCalendar(row: Row, ctx: Ctx, written: boolean): Json {
	return {
		userid: row.userid,
		title: row.title,
		type: row.type,
		token: row.token,
		// Lists and reads answer "0"/"1"; create and update answer 0/1 (spec examples).
		notification: written ? Number(row.notification) : row.notification,
		cdate: isoDate(row._c),
		mdate: isoDate(row._u),
		links: links(ctx, 'calendars', row.id, ['calendarRels', 'calendarUsers']),
		id: row.id,
	};
}

const calendarToken = (id: string, at: number) => `${Number(at).toString(16)}${id.padStart(8, '0')}`.padEnd(32, 'a').slice(0, 32);

export const calendarSpec: ResourceSpec = {
	table: 'calendars',
	singular: 'calendar',
	model: 'Calendar',
	createStatus: 200,
	build(input) {
		for (const field of ['title', 'type'])
			if (isBlank(input[field])) throw unprocessable({ title: `The calendar ${field} was not provided.`, code: 'field_missing', pointer: `/data/attributes/${field}` });
		return {
			title: str(input.title),
			type: calendarType(input.type),
			notification: input.notification === undefined ? '0' : notificationFlag(input.notification),
			userid: '1',
		};
	},
	apply(row, input) {
		if (input.title !== undefined) {
			if (isBlank(input.title)) throw unprocessable({ title: 'The calendar title was not provided.', code: 'field_missing', pointer: '/data/attributes/title' });
			row.title = str(input.title);
		}
		if (input.type !== undefined) row.type = calendarType(input.type);
		if (input.notification !== undefined) row.notification = notificationFlag(input.notification);
	},
	afterCreate(row) {
		row.token = calendarToken(row.id, row._c);
	},
	present: (row, ctx) => presentCalendar(row, ctx, false),
	presentWrite: (row, _input, ctx) => presentCalendar(row, ctx, true),
};

// ---------------------------------------------------------------- saved responses

function presentSavedResponse(row: Row, ctx: Ctx, operation: string): Json {
	return {
		title: row.title,
		subject: row.subject,
		body: row.body,
		...(operation === 'create' ? {} : { ldate: null, last_sent_user_id: null }),
		cdate: isoDate(row._c),
		...(operation === 'create' ? {} : { mdate: row._c === row._u ? null : isoDate(row._u) }),
		links: links(ctx, 'savedResponses', row.id, ['user', 'savedResponseCategorySavedResponse']),
		id: row.id,
	};
}

/** The spec requires title, subject and body; its 422 example names a missing title and a missing subject-or-body. */
function assertSavedResponse(values: { title: Json; subject: Json; body: Json }): void {
	const issues: ValidationIssue[] = [];
	if (isBlank(values.title)) issues.push({ title: 'This field is required.', code: 'field_missing', pointer: '/data/attributes/title' });
	if (isBlank(values.subject) && isBlank(values.body)) {
		issues.push({ title: 'Either a subject or a body needs to be provided.', code: 'field_invalid', pointer: '/data/attributes/subject' });
		issues.push({ title: 'Either a subject or a body needs to be provided.', code: 'field_invalid', pointer: '/data/attributes/body' });
	} else {
		for (const field of ['subject', 'body'] as const)
			if (isBlank(values[field])) issues.push({ title: 'This field is required.', code: 'field_missing', pointer: `/data/attributes/${field}` });
	}
	if (issues.length > 0) throw unprocessable(...issues);
}

export const savedResponseSpec: ResourceSpec = {
	table: 'savedResponses',
	singular: 'savedResponse',
	model: 'SavedResponse',
	// PUT on an unknown ID: 422 {"message": "No Result found for SavedResponse with id 0"} (spec example).
	notFoundStatus: { update: 422 },
	build(input) {
		assertSavedResponse({ title: input.title, subject: input.subject, body: input.body });
		return { title: str(input.title), subject: str(input.subject), body: str(input.body) };
	},
	apply(row, input) {
		const next = {
			title: input.title === undefined ? row.title : input.title,
			subject: input.subject === undefined ? row.subject : input.subject,
			body: input.body === undefined ? row.body : input.body,
		};
		assertSavedResponse(next);
		row.title = str(next.title);
		row.subject = str(next.subject);
		row.body = str(next.body);
	},
	present: (row, ctx, operation) => presentSavedResponse(row, ctx, operation),
	presentWrite: (row, _input, ctx, operation) => presentSavedResponse(row, ctx, operation),
};

// ---------------------------------------------------------------- task outcomes

const SENTIMENTS = ['POSITIVE', 'NEUTRAL', 'NEGATIVE'];
/** `filters[sentiment]`: 1 is for Negative, 2 is for Neutral and 3 is for Positive (spec). */
const SENTIMENT_FILTER: Record<string, string> = { '1': 'NEGATIVE', '2': 'NEUTRAL', '3': 'POSITIVE' };

function presentTaskOutcome(row: Row, ctx: Ctx, operation: string): Json {
	return {
		title: row.title,
		sentiment: row.sentiment,
		disabled: row.disabled,
		created_by: '1',
		...(operation === 'create'
			? {}
			: { updated_by: '1', created_utc_timestamp: isoDate(row._c), updated_utc_timestamp: isoDate(row._u), dealTasktype_ids: [] }),
		links: links(ctx, 'taskOutcomes', row.id, ['tasktypeOutcomeRels', 'dealTasks']),
		id: row.id,
	};
}

export const taskOutcomeSpec: ResourceSpec = {
	table: 'taskOutcomes',
	singular: 'taskOutcome',
	model: 'TaskOutcome',
	createStatus: 200,
	ops: ['list', 'get', 'create'],
	build(input, ctx) {
		const issues: ValidationIssue[] = [];
		const title = str(input.title).trim();
		if (!title) issues.push({ title: 'The taskOutcome title was not provided.', code: 'field_missing', pointer: '/data/attributes/title', extra: { error: 'taskOutcome_title_was_not_provided' } });
		else if (ctx.store.table('taskOutcomes').find((outcome) => String(outcome.title).toLowerCase() === title.toLowerCase()))
			issues.push({ title: 'A task outcome with the same title already exists.', code: 'field_invalid', pointer: '/data/attributes/title', extra: { error: '' } });
		const sentiment = str(input.sentiment).trim().toUpperCase();
		if (!SENTIMENTS.includes(sentiment))
			issues.push({ title: 'Sentiment value must be one of Positive, Neutral, or Negative.', code: 'field_invalid', pointer: '/data/attributes/sentiment', extra: { error: '' } });
		const disabled = input.disabled === undefined ? '0' : str(input.disabled);
		if (!['0', '1'].includes(disabled))
			issues.push({ title: 'The taskOutcome disabled value must be 0 or 1.', code: 'field_invalid', pointer: '/data/attributes/disabled', extra: { error: '' } });
		if (issues.length > 0) throw unprocessable(...issues);
		return { title, sentiment, disabled };
	},
	present: (row, ctx, operation) => presentTaskOutcome(row, ctx, operation),
	presentWrite: (row, _input, ctx, operation) => presentTaskOutcome(row, ctx, operation),
	filters: {
		sentiment: (row, value) => row.sentiment === SENTIMENT_FILTER[value.trim()],
	},
};

// ---------------------------------------------------------------- user groups

const PERMISSIONS = [
	'pgListAdd', 'pgListEdit', 'pgListDelete', 'pgListHeaders', 'pgListEmailaccount', 'pgListBounce',
	'pgMessageAdd', 'pgMessageEdit', 'pgMessageDelete', 'pgMessageSend',
	'pgContactAdd', 'pgContactEdit', 'pgContactDelete', 'pgContactMerge', 'pgContactImport', 'pgContactApprove', 'pgContactExport', 'pgContactSync', 'pgContactFilters', 'pgContactActions', 'pgContactFields',
	'pg_user_add', 'pg_user_edit', 'pg_user_delete', 'pgGroupAdd', 'pgGroupEdit', 'pgGroupDelete',
	'pgTemplateAdd', 'pgTemplateEdit', 'pgTemplateDelete', 'pgPersonalizationAdd', 'pgPersonalizationEdit', 'pgPersonalizationDelete',
	'pgAutomationManage', 'pgFormEdit', 'pgReportsCampaign', 'pgReportsList', 'pgReportsUser', 'pgReportsTrend', 'pgStartupReports', 'pgStartupGettingstarted',
	'pgDeal', 'pgDealDelete', 'pgDealReassign', 'pgDealGroupAdd', 'pgDealGroupEdit', 'pgDealGroupDelete', 'pgSavedResponsesManage',
];

function presentGroup(row: Row, ctx: Ctx): Json {
	const admin = row.p_admin === '1';
	return {
		title: row.title,
		descript: row.descript,
		unsubscribelink: '0',
		optinconfirm: '0',
		p_admin: row.p_admin,
		...Object.fromEntries(PERMISSIONS.map((permission) => [permission, admin || permission.startsWith('pgContact') || permission.startsWith('pgDeal') ? '1' : '0'])),
		sdate: isoDate(row._c),
		reqApproval: '0',
		reqApproval1st: '2',
		reqApprovalNotify: '',
		socialdata: '0',
		links: links(ctx, 'groups', row.id, ['userGroups', 'groupLimit', 'dealGroupGroups', 'listGroups', 'addressGroups', 'automationGroups']),
		id: row.id,
	};
}

export const userGroupSpec: ResourceSpec = {
	table: 'groups',
	singular: 'group',
	model: 'Group',
	// GET /groups/{id} of an unknown group: 403 {"message": "No Result found for Group with id 10"} (spec example).
	notFoundStatus: { get: 403 },
	ops: ['list', 'get'],
	build() {
		throw new ApiError(405, { message: 'Groups are read-only in the sandbox' });
	},
	present: (row, ctx) => presentGroup(row, ctx),
};

export function mountAccountSettings(router: Router): void {
	mount(router, calendarSpec);
	mount(router, savedResponseSpec);
	mount(router, taskOutcomeSpec);
	mount(router, userGroupSpec);
}

/** A few records of each, at `at` (no clock of their own, so the rest of the seed keeps its timestamps). */
export function seedAccountSettings(store: Store, at: number): void {
	// Users are seeded with group 1.
	store.table('groups').insert({ _c: at, _u: at, title: 'Admin', descript: 'This is a group for admin users (people that can manage content)', p_admin: '1' });
	store.table('groups').insert({ _c: at, _u: at, title: 'Sales Team', descript: 'Sales reps: contacts and deals', p_admin: '0' });
	for (const [title, type, notification] of [
		['Team calendar', 'All', '1'],
		['Deal tasks', 'Deals', '0'],
	]) {
		const calendar = store.table('calendars').insert({ _c: at, _u: at, title, type, notification, userid: '1' });
		calendar.token = calendarToken(calendar.id, at);
	}
	store.table('savedResponses').insert({ _c: at, _u: at, title: 'Follow-up', subject: 'Following up on our call', body: 'Hi %FIRSTNAME%, thanks for your time today.' });
	store.table('savedResponses').insert({ _c: at, _u: at, title: 'Pricing', subject: 'Our pricing', body: 'Here is our current pricing.' });
	for (const [title, sentiment] of [
		['Interested', 'POSITIVE'],
		['Not Interested', 'NEGATIVE'],
		['Left voicemail', 'NEUTRAL'],
	])
		store.table('taskOutcomes').insert({ _c: at, _u: at, title, sentiment, disabled: '0' });
}

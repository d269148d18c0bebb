/** Campaigns (read, create via POST /campaign, copy, edit, delete, links) and messages. */
import { links, type Ctx } from '../context';
import { findOr404, mount, type ResourceSpec } from '../crud';
import { ApiError, isBlank, ok, str, unprocessable } from '../http';
import type { Router } from '../router';
import type { Json, Row } from '../store';
import { isoDate, isoOrNull, sqlDate } from '../time';

export const COUNTERS = [
	'send_amt',
	'total_amt',
	'opens',
	'uniqueopens',
	'linkclicks',
	'uniquelinkclicks',
	'subscriberclicks',
	'forwards',
	'uniqueforwards',
	'hardbounces',
	'softbounces',
	'unsubscribes',
	'unsubreasons',
	'updates',
	'socialshares',
	'replies',
	'uniquereplies',
];

const CAMPAIGN_LINKS = ['user', 'automation', 'campaignMessage', 'campaignMessages', 'links', 'aggregateRevenues', 'segment', 'campaignLists'];
const TYPE_TEXT: Record<string, string> = {
	single: 'One-Time',
	recurring: 'Recurring',
	split: 'Split Test',
	responder: 'Auto Responder',
	reminder: 'Auto Reminder',
	activerss: 'RSS Triggered',
	text: 'Text',
};
const STATUS_TEXT: Record<string, string> = { '0': 'Draft', '1': 'Scheduled', '2': 'Sending', '3': 'Paused', '4': 'Stopped', '5': 'Completed' };
export const CAMPAIGN_TYPES = Object.keys(TYPE_TEXT);

export function presentCampaign(row: Row, ctx: Ctx, operation: string): Json {
	const counters: Record<string, string> = {};
	for (const counter of COUNTERS) counters[counter] = str(row[counter], '0');
	return {
		type: row.type,
		userid: row.userid,
		segmentid: '0',
		bounceid: '-1',
		realcid: '0',
		sendid: '0',
		threadid: '0',
		seriesid: row.seriesid,
		formid: '0',
		basetemplateid: '0',
		basemessageid: '0',
		addressid: '0',
		source: 'web',
		name: row.name,
		cdate: isoDate(row._c),
		mdate: isoDate(row._u),
		sdate: isoOrNull(row._sdate),
		ldate: isoOrNull(row._ldate),
		...counters,
		status: row.status,
		public: '1',
		mail_transfer: '0',
		mail_send: '0',
		mail_cleanup: '0',
		mailer_log_file: '0',
		tracklinks: 'all',
		tracklinksanalytics: '0',
		trackreads: '1',
		trackreadsanalytics: '1',
		analytics_campaign_name: '',
		tweet: '0',
		facebook: '0',
		survey: '',
		embed_images: '0',
		htmlunsub: '0',
		textunsub: '0',
		htmlunsubdata: '',
		textunsubdata: '',
		recurring: 'day1',
		willrecur: '0',
		split_type: 'even',
		split_content: '0',
		split_offset: '2',
		split_offset_type: 'day',
		split_winner_messageid: '0',
		split_winner_awaiting: '0',
		responder_offset: '0',
		responder_type: 'subscribe',
		responder_existing: '0',
		reminder_field: 'sdate',
		reminder_format: '',
		reminder_type: 'month_day',
		reminder_offset: '0',
		reminder_offset_type: 'day',
		reminder_offset_sign: '+',
		reminder_last_cron_run: null,
		activerss_interval: 'day1',
		activerss_url: '',
		activerss_items: '10',
		ip4: '0',
		laststep: row.laststep ?? 'type',
		managetext: '0',
		schedule: '0',
		scheduleddate: isoOrNull(row._scheduled),
		waitpreview: '0',
		deletestamp: null,
		replysys: '0',
		created_timestamp: sqlDate(row._c),
		updated_timestamp: sqlDate(row._u),
		created_by: '0',
		updated_by: '0',
		ip: '0',
		series_send_lock_time: '0000-00-00 00:00:00',
		can_skip_approval: '0',
		use_quartz_scheduler: '0',
		verified_opens: '0',
		verified_unique_opens: '0',
		predictive_send: '0',
		repair_timestamp: '0000-00-00 00:00:00',
		has_outdated_translations: '0',
		hasTranslations: '0',
		repair_by_pydex: '0',
		additional_data: '',
		moderation_status: '0',
		...(operation === 'get' ? { isDoubleOptInCampaign: false } : {}),
		...(operation === 'list' ? { numberOfMessages: row.message_id === '0' ? '0' : '1', campaignIsText: '0' } : {}),
		segmentname: '',
		has_predictive_content: '0',
		message_id: row.message_id,
		campaign_message_id: row.message_id === '0' ? '0' : row.id,
		ed_version: '3',
		format: 'mime',
		screenshot: '',
		...(operation === 'list'
			? {
					typeText: TYPE_TEXT[row.type] ?? row.type,
					statusToolTip: '',
					statusString: row.seriesid !== '0' ? 'Automation' : (STATUS_TEXT[row.status] ?? ''),
					groupLimitViolation: false,
				}
			: {}),
		links: links(ctx, 'campaigns', row.id, CAMPAIGN_LINKS),
		id: row.id,
		user: row.userid,
		automation: row.seriesid === '0' ? null : row.seriesid,
	};
}

export function newCampaign(ctx: Ctx, fields: Record<string, Json>): Row {
	const now = ctx.store.now();
	const row: Record<string, Json> = { _c: now, _u: now, type: 'single', userid: '1', seriesid: '0', status: '0', message_id: '0', name: '' };
	for (const counter of COUNTERS) row[counter] = '0';
	return ctx.store.table('campaigns').insert({ ...row, ...fields });
}

function deleteCampaign(ctx: Ctx) {
	const row = ctx.store.table('campaigns').get(ctx.params.id);
	if (!row) throw new ApiError(404, { message: `No Result found for Campaign with id ${ctx.params.id}` });
	ctx.store.table('campaigns').delete(row.id);
	for (const link of ctx.store.table('campaignLinks').where((link) => link.campaignid === row.id)) ctx.store.table('campaignLinks').delete(link.id);
	return ok({ succeeded: 1, message: 'Campaign deleted.' });
}

export const campaignSpec: ResourceSpec = {
	table: 'campaigns',
	singular: 'campaign',
	model: 'Campaign',
	ops: ['list', 'get'],
	build() {
		throw new ApiError(405, {});
	},
	present: (row, ctx, operation) => presentCampaign(row, ctx, operation),
	filters: {
		seriesid: (row, value) => row.seriesid === value,
	},
	orders: { sdate: (row) => row._sdate ?? 0, ldate: (row) => row._ldate ?? 0 },
};

const EDITABLE: Record<string, string> = { name: 'name', type: 'type', status: 'status' };

export const messageSpec: ResourceSpec = {
	table: 'messages',
	singular: 'message',
	model: 'Message',
	build(input) {
		const fromemail = input.fromemail ?? input.email;
		for (const [key, value] of [['fromname', input.fromname], ['fromemail', fromemail], ['reply2', input.reply2]] as const)
			if (isBlank(value)) throw unprocessable({ title: `The message ${key} was not provided.`, code: 'field_missing', pointer: `/data/attributes/${key}` });
		return {
			fromname: str(input.fromname),
			fromemail: str(fromemail),
			reply2: str(input.reply2),
			subject: str(input.subject),
			preheader_text: str(input.preheader_text),
			text: str(input.text),
			html: str(input.html),
			name: str(input.name ?? input.subject),
		};
	},
	apply(row, input) {
		for (const key of ['fromname', 'reply2', 'subject', 'preheader_text', 'text', 'html', 'name']) if (input[key] !== undefined) row[key] = str(input[key]);
		if (input.fromemail !== undefined || input.email !== undefined) row.fromemail = str(input.fromemail ?? input.email);
	},
	present: (row, ctx) => ({
		userid: '1',
		ed_instanceid: '0',
		ed_version: '3',
		cdate: isoDate(row._c),
		mdate: isoDate(row._u),
		name: row.name,
		fromname: row.fromname,
		fromemail: row.fromemail,
		reply2: row.reply2,
		priority: '3',
		charset: 'utf-8',
		encoding: 'quoted-printable',
		format: 'mime',
		subject: row.subject,
		preheader_text: row.preheader_text,
		text: row.text,
		html: row.html,
		htmlfetch: '',
		textfetch: '',
		hidden: '0',
		preview_mime: '',
		preview_data: '',
		links: links(ctx, 'messages', row.id, ['user', 'hyperlinks']),
		id: row.id,
		user: '1',
	}),
};

export function mountCampaigns(router: Router): void {
	router.add('POST', '/campaign', (ctx) => {
		const input = ctx.body ?? {};
		const errors: string[] = [];
		if (isBlank(input.name)) errors.push('Field name is required');
		else if (typeof input.name !== 'string') errors.push('Field name must be of type string');
		if (isBlank(input.type)) errors.push('Field type is required');
		else if (typeof input.type !== 'string') errors.push('Field type must be of type string');
		else if (!CAMPAIGN_TYPES.includes(input.type)) errors.push(`Field type must be one of ${CAMPAIGN_TYPES.join(', ')}`);
		if (errors.length) throw new ApiError(400, { errors });
		const row = newCampaign(ctx, { name: input.name, type: input.type });
		return ok({ id: Number(row.id), name: row.name, type: row.type, canSplitContent: input.canSplitContent === true }, 200);
	});
	router.add('POST', '/campaigns/:id/copy', (ctx) => {
		const original = findOr404(campaignSpec, ctx, ctx.params.id, 'get');
		const { id: _id, _c: _created, _u: _updated, _sdate, _ldate, ...rest } = original;
		const copy = newCampaign(ctx, { ...rest, name: `${original.name} (copy)`, status: '0' });
		for (const counter of COUNTERS) copy[counter] = '0';
		return ok({ succeeded: 1, message: 'Campaign draft copied.', newCampaignId: Number(copy.id) });
	});
	router.add('PUT', '/campaigns/:id/edit', (ctx) => {
		const row = findOr404(campaignSpec, ctx, ctx.params.id, 'update');
		const input = ctx.body ?? {};
		for (const [inputKey, field] of Object.entries(EDITABLE)) if (input[inputKey] !== undefined) row[field] = str(input[inputKey]);
		if (input.scheduledDate !== undefined) row._scheduled = Date.parse(str(input.scheduledDate)) || undefined;
		ctx.store.touch(row);
		return ok({ succeeded: 1, message: 'Campaign updated.', campaign: presentCampaign(row, ctx, 'get') });
	});
	// PATCH/PUT /campaigns/{id}: AC applies only a wrapped {"campaign": {...}} body; the recorded unwrapped
	// `{"name": ...}` PATCH answered 200 with the campaign unchanged.
	router.add('PUT|PATCH', '/campaigns/:id', (ctx) => {
		const row = findOr404(campaignSpec, ctx, ctx.params.id, 'update');
		const input = ctx.body?.campaign;
		if (input && typeof input === 'object') {
			for (const [inputKey, field] of Object.entries(EDITABLE)) if (input[inputKey] !== undefined) row[field] = str(input[inputKey]);
			ctx.store.touch(row);
		}
		return ok({ campaign: presentCampaign(row, ctx, 'get') });
	});
	router.add('DELETE', '/campaigns/:id/delete', deleteCampaign);
	router.add('DELETE', '/campaigns/:id', deleteCampaign);
	router.add('GET', '/campaigns/:id/links', (ctx) => {
		const row = findOr404(campaignSpec, ctx, ctx.params.id, 'get');
		return ok({
			links: ctx.store
				.table('campaignLinks')
				.where((link) => link.campaignid === row.id)
				.map((link) => ({
					campaignid: link.campaignid,
					messageid: link.messageid,
					link: link.link,
					name: link.name,
					ref: '',
					tracked: '1',
					links: links(ctx, 'links', link.id, ['campaign', 'message']),
					id: link.id,
					campaign: link.campaignid,
					message: link.messageid === '0' ? null : link.messageid,
				})),
		});
	});
	mount(router, campaignSpec);
	mount(router, messageSpec);
}

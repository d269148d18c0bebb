/** Lists (/lists). */
import { links, type Ctx } from '../context';
import { mount, type ResourceSpec } from '../crud';
import { isBlank, str, unprocessable } from '../http';
import { compareByOperator } from '../query';
import type { Router } from '../router';
import type { Json, Row } from '../store';
import { isoDate, sqlDate } from '../time';

const LIST_LINKS = ['contactGoalLists', 'user', 'addressLists'];

function slug(name: string): string {
	return name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

export function presentList(row: Row, ctx: Ctx, withCounts = false): Json {
	const members = withCounts ? ctx.store.table('contactLists').where((membership) => membership.list === row.id) : [];
	return {
		stringid: row.stringid,
		userid: row.userid,
		name: row.name,
		cdate: isoDate(row._c),
		p_use_tracking: '1',
		p_use_analytics_read: '0',
		p_use_analytics_link: '0',
		p_use_twitter: '0',
		p_use_facebook: '0',
		p_embed_image: '1',
		p_use_captcha: '1',
		send_last_broadcast: row.send_last_broadcast,
		private: '0',
		analytics_domains: null,
		analytics_source: '',
		analytics_ua: '',
		twitter_token: '',
		twitter_token_secret: '',
		facebook_session: null,
		carboncopy: row.carboncopy,
		subscription_notify: row.subscription_notify,
		unsubscription_notify: row.unsubscription_notify,
		require_name: '0',
		get_unsubscribe_reason: '0',
		to_name: 'Subscriber',
		optinoptout: '1',
		sender_name: row.sender_name ?? '',
		sender_addr1: row.sender_addr1 ?? '',
		sender_addr2: '',
		sender_city: row.sender_city ?? '',
		sender_state: '',
		sender_zip: row.sender_zip ?? '',
		sender_country: row.sender_country ?? '',
		sender_phone: '',
		sender_url: row.sender_url,
		sender_reminder: row.sender_reminder,
		fulladdress: '',
		optinmessageid: '0',
		optoutconf: '0',
		deletestamp: null,
		udate: isoDate(row._u),
		created_timestamp: sqlDate(row._c),
		updated_timestamp: sqlDate(row._u),
		created_by: null,
		updated_by: null,
		channel: row.channel,
		description: row.description,
		...(withCounts
			? {
					non_deleted_subscribers: String(members.filter((membership) => membership.status !== '2').length),
					active_subscribers: String(members.filter((membership) => membership.status === '1').length),
				}
			: {}),
		links: links(ctx, 'lists', row.id, LIST_LINKS),
		id: row.id,
		user: row.userid,
	};
}

const WRITABLE = [
	'name',
	'stringid',
	'sender_url',
	'sender_reminder',
	'send_last_broadcast',
	'carboncopy',
	'subscription_notify',
	'unsubscription_notify',
	'channel',
	'description',
	'sender_name',
	'sender_addr1',
	'sender_city',
	'sender_zip',
	'sender_country',
];

export const listSpec: ResourceSpec = {
	table: 'lists',
	singular: 'list',
	model: '_List',
	notFoundStatus: { delete: 403 },
	build(input) {
		for (const field of ['name', 'sender_url', 'sender_reminder'])
			if (isBlank(input[field]))
				throw unprocessable({ title: `The list ${field} was not provided.`, code: 'field_missing', pointer: `/data/attributes/${field}` });
		const channel = str(input.channel, 'email');
		if (!['email', 'sms'].includes(channel))
			throw unprocessable({ title: 'The list channel is invalid.', code: 'field_invalid', pointer: '/data/attributes/channel' });
		return {
			name: str(input.name),
			stringid: isBlank(input.stringid) ? slug(str(input.name)) : str(input.stringid),
			sender_url: str(input.sender_url),
			sender_reminder: str(input.sender_reminder),
			send_last_broadcast: str(input.send_last_broadcast, '0'),
			carboncopy: str(input.carboncopy),
			subscription_notify: str(input.subscription_notify),
			unsubscription_notify: str(input.unsubscription_notify),
			userid: str(input.user, '1'),
			channel,
			description: str(input.description),
		};
	},
	apply(row, input) {
		for (const key of WRITABLE) if (input[key] !== undefined) row[key] = str(input[key]);
		if (input.user !== undefined) row.userid = str(input.user);
	},
	present: (row, ctx, operation) => presentList(row, ctx, operation === 'list'),
	presentWrite(row, input, ctx, operation) {
		if (operation === 'update') return presentList(row, ctx);
		const user = input.user === undefined ? row.userid : input.user;
		return {
			name: row.name,
			channel: row.channel,
			stringid: row.stringid,
			sender_url: row.sender_url,
			sender_reminder: row.sender_reminder,
			description: row.description,
			send_last_broadcast: input.send_last_broadcast ?? 0,
			carboncopy: row.carboncopy,
			subscription_notify: row.subscription_notify,
			unsubscription_notify: row.unsubscription_notify,
			userid: user,
			cdate: isoDate(row._c),
			udate: isoDate(row._u),
			links: links(ctx, 'lists', row.id, LIST_LINKS),
			id: row.id,
			user,
		};
	},
	filters: {
		name: (row, value, operator) => compareByOperator(row.name, value, operator === '' ? 'contains' : operator),
	},
	filterOperators: { name: 'also' },
	orders: { name: (row) => row.name.toLowerCase() },
	afterCreate(row, _input, ctx) {
		ctx.emit('list_add', { listId: row.id });
	},
	afterDelete(row, ctx) {
		for (const membership of ctx.store.table('contactLists').where((membership) => membership.list === row.id)) ctx.store.table('contactLists').delete(membership.id);
	},
};

export function mountLists(router: Router): void {
	mount(router, listSpec);
}

/** Deterministic demo data. Timestamps are fixed (May 2026) so seeded output is stable between runs. */
import { createHash } from 'node:crypto';
import type { Store } from './store';
import type { SeedOptions } from './types';
import { seedAccountSettings } from './resources/accountSettings';
import { seedActivities } from './resources/activities';
import { COUNTERS } from './resources/campaigns';
import { seedEventTracking } from './resources/eventTracking';
import { seedCustomObjects } from './resources/customObjects';
import { DEFAULT_STAGES } from './resources/pipelines';
import { seedScoreValues } from './resources/scoresAndSegments';

export const SEED_BASE_MS = Date.parse('2026-05-01T13:00:00Z');
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

const FIRST_NAMES = ['Ada', 'Grace', 'Alan', 'Linus', 'Margaret', 'Ken', 'Barbara', 'Dennis', 'Radia', 'Tim', 'Frances', 'John', 'Hedy', 'Donald', 'Katherine'];
const LAST_NAMES = ['Lovelace', 'Hopper', 'Turing', 'Torvalds', 'Hamilton', 'Thompson', 'Liskov', 'Ritchie', 'Perlman', 'Berners-Lee', 'Allen', 'McCarthy', 'Lamarr', 'Knuth', 'Johnson'];
const DOMAINS = ['example.com', 'example.org', 'example.net'];

function md5(text: string): string {
	return createHash('md5').update(text).digest('hex');
}

export function contactRow(ordinal: number, createdAt: number): Record<string, unknown> {
	const first = FIRST_NAMES[(ordinal - 1) % FIRST_NAMES.length];
	const last = LAST_NAMES[Math.floor((ordinal - 1) / FIRST_NAMES.length + ordinal - 1) % LAST_NAMES.length];
	const domain = DOMAINS[ordinal % DOMAINS.length];
	const email = `${first}.${last}${ordinal > FIRST_NAMES.length ? ordinal : ''}@${domain}`.toLowerCase().replace(/[^a-z0-9.@-]/g, '');
	return {
		_c: createdAt,
		_u: createdAt,
		email,
		phone: ordinal % 3 === 0 ? `+1555010${String(ordinal % 1000).padStart(4, '0')}` : '',
		firstName: first,
		lastName: last,
		orgid: '0',
		orgname: ordinal % 4 === 0 ? 'Analytical Engines Ltd' : '',
		bounced_hard: '0',
		bounced_soft: '0',
		ip: '0',
		ua: '',
		hash: md5(email),
		email_domain: domain,
		sentcnt: String(ordinal % 5),
		created_by: '0',
		updated_by: '0',
		best_send_hour: '0',
		sms_consent: '0',
		sms_consent_updated_at: '0000-00-00 00:00:00',
	};
}

/** Insert `n` synthetic contacts quickly (no webhooks, no side effects). */
export function addSyntheticContacts(store: Store, count: number): void {
	const table = store.table('contacts');
	const start = table.nextId;
	const firstCreatedAt = Date.now() - count * 1000;
	for (let offset = 0; offset < count; offset++) {
		const id = start + offset;
		const email = `bulk${id}@sandbox.example.com`;
		table.insert({
			...contactRow(id, 0),
			_c: firstCreatedAt + offset * 1000,
			_u: firstCreatedAt + offset * 1000,
			email,
			hash: md5(email),
			email_domain: 'sandbox.example.com',
			firstName: `Bulk${id}`,
			lastName: 'Contact',
		});
	}
}

export function seed(store: Store, opts: SeedOptions = {}): void {
	const contactCount = Math.max(0, opts.contacts ?? 25);
	const dealCount = Math.max(0, opts.deals ?? 10);
	let clock = SEED_BASE_MS;
	const advanceClock = (step = MINUTE_MS) => (clock += step);

	// Users (1 owns the token)
	const users = [
		['admin', 'Sandbox', 'Admin', 'admin@sandbox.example.com'],
		['jdoe', 'John', 'Doe', 'john.doe@sandbox.example.com'],
		['asmith', 'Alice', 'Smith', 'alice.smith@sandbox.example.com'],
	];
	for (const [username, firstName, lastName, email] of users)
		store.table('users').insert({ _c: advanceClock(), _u: clock, username, firstName, lastName, email, phone: '', group: '1' });

	// Lists
	const lists = [
		['Master Contact List', 'master-contact-list'],
		['Newsletter', 'newsletter'],
		['Customers', 'customers'],
	];
	for (const [name, stringid] of lists)
		store.table('lists').insert({
			_c: advanceClock(),
			_u: clock,
			name,
			stringid,
			sender_url: 'https://sandbox.example.com',
			sender_reminder: 'You are receiving these emails because you signed up on our website.',
			send_last_broadcast: '0',
			carboncopy: '',
			subscription_notify: '',
			unsubscription_notify: '',
			userid: '1',
			channel: 'email',
			description: '',
		});

	// Tags
	for (const [tag, description] of [
		['customer', 'Paying customer'],
		['lead', 'Marketing lead'],
		['vip', 'Very important'],
		['newsletter', 'Newsletter subscriber'],
		['webinar-2026', 'Attended the 2026 webinar'],
		['churn-risk', ''],
	])
		store.table('tags').insert({ _c: advanceClock(), _u: clock, tag, tagType: 'contact', description });

	// Custom fields
	const fields: Array<[string, string, string[]?]> = [
		['Preferred Language', 'dropdown', ['English', 'German', 'French', 'Spanish']],
		['Birthday', 'date'],
		['Interests', 'checkbox', ['Product', 'Engineering', 'Marketing']],
		['Company Size', 'number'],
		['Bio', 'textarea'],
		['Last Demo', 'datetime'],
		['Plan', 'radio', ['Free', 'Pro', 'Enterprise']],
		['External ID', 'hidden'],
	];
	fields.forEach(([title, type, options], i) => {
		const field = store.table('fields').insert({
			_c: advanceClock(),
			_u: clock,
			title,
			type,
			descript: null,
			isrequired: '0',
			perstag: title.toUpperCase().replace(/[^A-Z0-9]+/g, '_'),
			defval: null,
			visible: '1',
			service: '',
			ordernum: String(i + 1),
		});
		store.table('fieldRels').insert({ _c: clock, _u: clock, field: field.id, relid: '0' });
		(options ?? []).forEach((label, j) =>
			store.table('fieldOptions').insert({ _c: clock, _u: clock, field: field.id, orderid: String(j + 1), value: label, label, isdefault: j === 0 ? '1' : '0' }),
		);
	});

	// Contacts with list memberships, tags and field values
	for (let i = 1; i <= contactCount; i++) {
		const contact = store.table('contacts').insert(contactRow(i, advanceClock(7 * MINUTE_MS)));
		if (i === 1 || i % 5 === 0) contact._formid = '1';
		store.table('contactLists').insert({ _c: clock, _u: clock, _sdate: clock, contact: contact.id, list: '1', status: i % 10 === 0 ? '2' : '1', sourceid: '0', ...(i % 10 === 0 ? { _unsub: clock } : {}) });
		if (i % 2 === 1) store.table('contactLists').insert({ _c: clock, _u: clock, _sdate: clock, contact: contact.id, list: '2', status: '1', sourceid: '0' });
		if (i % 3 === 0) store.table('contactLists').insert({ _c: clock, _u: clock, _sdate: clock, contact: contact.id, list: '3', status: '1', sourceid: '0' });
		store.table('contactTags').insert({ _c: clock, _u: clock, contact: contact.id, tag: i === 1 ? '1' : String(((i - 1) % 6) + 1) });
		if (i % 4 === 0) store.table('contactTags').insert({ _c: clock, _u: clock, contact: contact.id, tag: '3' });
		store.table('fieldValues').insert({ _c: clock, _u: clock, contact: contact.id, field: '1', value: ['English', 'German', 'French', 'Spanish'][i % 4] });
		if (i % 2 === 0)
			store.table('fieldValues').insert({ _c: clock, _u: clock, contact: contact.id, field: '2', value: `19${70 + (i % 30)}-0${(i % 9) + 1}-1${i % 10}` });
		if (i % 3 === 1) store.table('fieldValues').insert({ _c: clock, _u: clock, contact: contact.id, field: '3', value: '||Product||Engineering||' });
	}

	// Accounts
	const accounts = ['Analytical Engines Ltd', 'Bletchley Systems', 'Compiler Works Inc'];
	accounts.forEach((name, i) =>
		store.table('accounts').insert({ _c: advanceClock(), _u: clock, name, accountUrl: `https://${name.split(' ')[0].toLowerCase()}.example.com`, owner: String((i % 2) + 1) }),
	);
	for (let i = 4; i <= Math.min(contactCount, 12); i += 4)
		store.table('accountContacts').insert({ _c: clock, _u: clock, account: String(i / 4), contact: String(i), jobTitle: 'Engineer' });
	store.table('accountCustomFieldMeta').insert({ _c: advanceClock(), _u: clock, fieldLabel: 'Industry', fieldType: 'dropdown', fieldOptions: ['Software', 'Hardware', 'Services'], fieldDefault: null, fieldDefaultCurrency: null, isFormVisible: 1, isRequired: 0, displayOrder: 1, personalization: 'INDUSTRY' });
	store.table('accountCustomFieldData').insert({ _c: clock, _u: clock, accountId: '1', customFieldId: '1', fieldValue: 'Software', fieldCurrency: null });

	// Pipelines and stages
	const groups: Array<[string, string, string[]]> = [
		['Sales Pipeline', '1', [...DEFAULT_STAGES.map((stage) => stage[0]), 'Negotiation']],
		['Partnerships', '0', DEFAULT_STAGES.map((stage) => stage[0])],
	];
	for (const [title, autoassign, stages] of groups) {
		const pipeline = store.table('dealGroups').insert({ _c: advanceClock(), _u: clock, title, currency: 'usd', autoassign, allusers: '1', allgroups: '1' });
		stages.forEach((stageTitle, i) =>
			store.table('dealStages').insert({
				_c: clock,
				_u: clock,
				group: pipeline.id,
				title: stageTitle,
				color: DEFAULT_STAGES[i]?.[1] ?? '3f3f3f',
				order: String(i + 1),
				width: '280',
				dealOrder: 'next-action DESC',
				cardRegion1: 'title',
				cardRegion2: 'next-action',
				cardRegion3: 'show-avatar',
				cardRegion4: 'contact-fullname-acctname',
				cardRegion5: 'value',
			}),
		);
	}
	store.table('dealCustomFieldMeta').insert({ _c: advanceClock(), _u: clock, fieldLabel: 'Lead Source', fieldType: 'text', fieldOptions: null, fieldDefault: null, fieldDefaultCurrency: null, isFormVisible: 1, isRequired: 0, displayOrder: 1, personalization: 'LEAD_SOURCE' });
	store.table('dealCustomFieldMeta').insert({ _c: clock, _u: clock, fieldLabel: 'Close Date', fieldType: 'date', fieldOptions: null, fieldDefault: null, fieldDefaultCurrency: null, isFormVisible: 1, isRequired: 0, displayOrder: 2, personalization: 'CLOSE_DATE' });

	// Deals
	for (let i = 1; i <= dealCount; i++) {
		const group = i % 3 === 0 ? '2' : '1';
		const groupStages = store.table('dealStages').where((stage) => stage.group === group);
		const stage = groupStages[i % groupStages.length].id;
		const contact = contactCount ? String(((i - 1) % contactCount) + 1) : null;
		const deal = store.table('deals').insert({
			_c: advanceClock(13 * MINUTE_MS),
			_u: clock,
			title: `Deal ${i}: ${['Annual licence', 'Pilot project', 'Support renewal', 'Expansion'][i % 4]}`,
			value: String(i * 125_000),
			currency: 'usd',
			contact,
			account: i % 4 === 0 ? '1' : null,
			owner: String((i % 3) + 1),
			group,
			stage,
			status: String(i % 7 === 0 ? 1 : i % 9 === 0 ? 2 : 0),
			description: '',
			percent: '0',
			hash: md5(`deal-${i}`).slice(0, 8),
		});
		if (i <= 3) store.table('dealCustomFieldData').insert({ _c: clock, _u: clock, dealId: deal.id, customFieldId: '1', fieldValue: 'Website', fieldCurrency: null });
	}
	if (dealCount > 1 && contactCount > 2) store.table('contactDeals').insert({ _c: clock, _u: clock, deal: '1', contact: '2', role: '0' });

	// Task types and tasks
	for (const title of ['Call', 'Email', 'Lunch', 'Meeting']) store.table('dealTasktypes').insert({ _c: clock, _u: clock, title, status: '0', defduration: '0' });
	if (dealCount) {
		store.table('dealTasks').insert({ _c: advanceClock(), _u: clock, _due: clock + DAY_MS, _edate: clock + DAY_MS + 15 * MINUTE_MS, reltype: 'Deal', relid: '1', status: '0', title: 'Intro call', note: 'Discuss requirements', dealTasktype: '1', assignee: '1', automation: null, doneAutomation: null, outcomeId: null, outcomeInfo: null });
	}
	if (contactCount) {
		store.table('dealTasks').insert({ _c: advanceClock(), _u: clock, _due: clock + 2 * DAY_MS, _edate: clock + 2 * DAY_MS + 15 * MINUTE_MS, reltype: 'Subscriber', relid: '1', status: '1', _done: clock, title: 'Send welcome pack', note: '', dealTasktype: '2', assignee: '1', automation: null, doneAutomation: null, outcomeId: null, outcomeInfo: null });
	}

	// Notes
	if (contactCount) store.table('notes').insert({ _c: advanceClock(), _u: clock, note: 'First call went well.', reltype: 'Subscriber', relid: '1', userid: '1', is_draft: '0' });
	if (dealCount) store.table('notes').insert({ _c: advanceClock(), _u: clock, note: 'Budget approved for Q3.', reltype: 'Deal', relid: '1', userid: '1', is_draft: '0' });
	store.table('notes').insert({ _c: advanceClock(), _u: clock, note: 'Key account.', reltype: 'CustomerAccount', relid: '1', userid: '1', is_draft: '0' });

	// Automations and enrolments
	store.table('automations').insert({ _c: advanceClock(), _u: clock, name: 'Welcome Series', status: '1', description: 'Onboarding emails for new subscribers.', multientry: '0', _start: 'subscribe' });
	store.table('automations').insert({ _c: advanceClock(), _u: clock, name: 'Re-engagement', status: '2', description: 'Win back inactive contacts.', multientry: '1', _start: 'none' });
	store.table('automations').insert({ _c: advanceClock(), _u: clock, name: 'Deal Follow-up', status: '1', description: '', multientry: '1', _start: 'deal' });
	for (let i = 2; i <= Math.min(contactCount, 6); i += 2)
		store.table('contactAutomations').insert({ _c: advanceClock(), _u: clock, contact: String(i), seriesid: '1', status: i === 4 ? '2' : '1', lastblock: '1', completedElements: i === 4 ? '3' : '1', totalElements: '3', ...(i === 4 ? { _rem: clock } : {}) });

	// Messages and campaigns (with statistics)
	store.table('messages').insert({ _c: advanceClock(), _u: clock, fromname: 'Sandbox Team', fromemail: 'team@sandbox.example.com', reply2: 'reply@sandbox.example.com', subject: 'Welcome to the sandbox', preheader_text: 'Glad you are here', text: 'Hello!', html: '<p>Hello!</p>', name: 'Welcome' });
	store.table('messages').insert({ _c: advanceClock(), _u: clock, fromname: 'Sandbox Team', fromemail: 'team@sandbox.example.com', reply2: 'reply@sandbox.example.com', subject: 'May newsletter', preheader_text: '', text: 'News', html: '<p>News</p>', name: 'May newsletter' });
	const campaigns: Array<[string, string, string, string, number[]]> = [
		// name, status, seriesid, message, [send_amt,total_amt,opens,uniqueopens,linkclicks,uniquelinkclicks,subscriberclicks,forwards,uniqueforwards,hardbounces,softbounces,unsubscribes]
		['Welcome Email', '1', '1', '1', [340, 340, 250, 210, 90, 75, 70, 1, 1, 0, 2, 1]],
		['May Newsletter', '5', '0', '2', [1200, 1200, 640, 512, 230, 180, 170, 6, 5, 4, 9, 3]],
		['Summer Sale (draft)', '0', '0', '0', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
	];
	for (const [name, status, seriesid, message, stats] of campaigns) {
		const row: Record<string, unknown> = { _c: advanceClock(DAY_MS), _u: clock, name, type: 'single', userid: '1', seriesid, status, message_id: message };
		COUNTERS.forEach((counter, i) => (row[counter] = String(stats[i] ?? 0)));
		if (status === '5') {
			row._sdate = clock + DAY_MS;
			row._ldate = clock + DAY_MS + 30 * MINUTE_MS;
		}
		const campaign = store.table('campaigns').insert(row);
		if (message !== '0') {
			store.table('campaignLinks').insert({ _c: clock, _u: clock, campaignid: campaign.id, messageid: message, link: 'open', name: 'Read Tracker' });
			store.table('campaignLinks').insert({ _c: clock, _u: clock, campaignid: campaign.id, messageid: message, link: 'https://sandbox.example.com/pricing', name: 'Pricing' });
		}
	}

	// Forms, scores, segments
	store.table('forms').insert({ _c: advanceClock(), _u: clock, name: 'Newsletter Signup' });
	store.table('scores').insert({ _c: advanceClock(), _u: clock, reltype: 'contact', name: 'Engagement', descript: 'Opens and clicks', status: '1' });
	seedScoreValues(store, clock);
	// Event names, contacts' activity feeds and email activities
	seedEventTracking(store, clock);
	seedActivities(store, clock);
	store.table('segments').insert({ _c: advanceClock(), _u: clock, name: 'VIP contacts', logic: 'and', _rule: { tagid: '3' } });
	store.table('segments').insert({ _c: advanceClock(), _u: clock, name: 'Newsletter list', logic: 'and', _rule: { listid: '2' } });

	// Custom objects: two schemas and three records
	seedCustomObjects(store, advanceClock());

	// Calendar feeds, saved responses, task outcomes, user groups
	seedAccountSettings(store, clock);

	// Ecommerce
	const connection = store.table('connections').insert({ _c: advanceClock(), _u: clock, service: 'sandboxshop', externalid: 'shop-1', name: 'Sandbox Shop', logoUrl: 'https://sandbox.example.com/logo.png', linkUrl: 'https://sandbox.example.com/shop', listId: '1', status: '1', syncStatus: '0' });
	if (contactCount) {
		const first = store.table('contacts').get('1');
		const customer = store.table('ecomCustomers').insert({ _c: clock, _u: clock, connectionid: connection.id, externalid: 'cust-1', email: first?.email ?? 'customer@example.com', acceptsMarketing: '1' });
		const order = store.table('ecomOrders').insert({
			_c: advanceClock(),
			_u: clock,
			externalid: 'order-1001',
			externalcheckoutid: null,
			source: '1',
			email: customer.email,
			currency: 'USD',
			connectionid: connection.id,
			customerid: customer.id,
			orderUrl: 'https://sandbox.example.com/orders/1001',
			shippingMethod: 'UPS Ground',
			totalPrice: '9111',
			shippingAmount: '200',
			taxAmount: '500',
			discountAmount: '100',
			orderNumber: '1001',
			_ext: clock,
			_extU: clock,
			state: '1',
		});
		for (const [name, price, sku] of [
			['Pogo Stick', '4900', 'POGO-12'],
			['Skateboard', '3000', 'SK8-145'],
		])
			store.table('ecomOrderProducts').insert({ _c: clock, _u: clock, orderid: order.id, externalid: sku, name, price, quantity: '1', category: 'Toys', sku, description: '', imageUrl: '', productUrl: '' });
	}
}

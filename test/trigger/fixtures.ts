import { parse as parseQuerystring } from 'node:querystring';

import type { IDataObject } from 'n8n-workflow';

import { ActiveCampaignTrigger } from '../../nodes/ActiveCampaignTrigger/ActiveCampaignTrigger.node';
import { DOCUMENTED_EVENTS, EXTRA_EVENTS } from '../../nodes/ActiveCampaignTrigger/events';
import { rig, type TriggerRig } from '../helpers/triggerRig';

/**
 * Webhook bodies as API.md §7.5 shows them (decoded key = value), one per event. Real captures (GearPlug) for
 * subscribe, unsubscribe, deal_add, deal_update, deal_task_add, deal_task_complete; the rest follow the
 * field inventories of §7.5 / the third-party AsyncAPI file.
 */
export type Pairs = Array<[string, string]>;

const envelope = (type: string, list = '0', source = 'admin'): Pairs => [
	['type', type],
	['date_time', '2017-11-24T10:06:22-06:00'],
	['initiated_from', source],
	['initiated_by', source],
	['list', list],
];

export const CONTACT: Pairs = [
	['contact[id]', '9'],
	['contact[email]', 'lrubiano@grplug.com'],
	['contact[first_name]', 'Lelia'],
	['contact[last_name]', 'Rubiano'],
	['contact[phone]', ''],
	['contact[tags]', 'vip, newsletter'],
	['contact[orgname]', ''],
	['contact[ip]', '0.0.0.0'],
	['contact[fields][1]', 'field1'],
	['contact[fields][2]', '||Option 1||Option 3||'],
	['orgname', ''],
];

export const DEAL: Pairs = [
	['deal[id]', '1'],
	['deal[title]', 'deal1'],
	['deal[create_date]', '2017-11-24 10:06:22'],
	['deal[create_date_iso]', '2017-11-24T10:06:22-06:00'],
	['deal[orgid]', '0'],
	['deal[orgname]', ''],
	['deal[stageid]', '1'],
	['deal[stage_title]', 'To Contact'],
	['deal[pipelineid]', '1'],
	['deal[pipeline_title]', 'my_pipeline'],
	['deal[value]', '1,234.50'],
	['deal[value_raw]', '1234'],
	['deal[currency]', 'usd'],
	['deal[currency_symbol]', '$'],
	['deal[status]', '0'],
	['deal[owner]', '1'],
	['deal[owner_firstname]', 'TestGearplug'],
	['deal[owner_lastname]', ''],
	['deal[contactid]', '9'],
	['deal[contact_email]', 'lrubiano@grplug.com'],
	['deal[contact_firstname]', 'Lelia'],
	['deal[contact_lastname]', 'Rubiano'],
];

const TASK: Pairs = [
	['task[id]', '1'],
	['task[type_id]', '1'],
	['task[type_title]', 'Call'],
	['task[title]', ''],
	['task[note]', 'task1'],
	['task[duedate]', '2017-11-25 11:00:00'],
	['task[duedate_iso]', '2017-11-25T11:00:00-06:00'],
	['task[edate]', '2017-11-25 11:15:00'],
	['task[edate_iso]', '2017-11-25T11:15:00-06:00'],
];

const CAMPAIGN: Pairs = [
	['campaign[id]', '12'],
	['campaign[name]', 'Spring sale'],
	['campaign[status]', '5'],
	['campaign[type]', 'single'],
	['campaign[recipients]', '250'],
	['campaign[message][id]', '7'],
	['campaign[message][subject]', 'Spring is here'],
	['campaign[webcopy_url]', 'https://acct.activehosted.com/index.php?action=social&c=12'],
];

const ACCOUNT: Pairs = [
	['account[id]', '4'],
	['account[name]', 'Acme'],
	['account[account_url]', 'https://acme.example'],
	['account[created_timestamp]', '2017-11-20 08:00:00'],
	['account[updated_timestamp]', '2017-11-24 10:06:22'],
	['account[fields][Industry/Vertical]', 'Retail'],
];

/** Expected checks per event: a function receiving the item. */
export interface EventFixture {
	pairs: Pairs;
	/** Top-level objects the item must have. */
	objects: string[];
}

export const EVENT_FIXTURES: Record<string, EventFixture> = {
	subscribe: { pairs: [...envelope('subscribe', '1'), ...CONTACT, ['form[id]', '3']], objects: ['contact', 'list', 'form'] },
	unsubscribe: {
		pairs: [
			...envelope('unsubscribe', '1', 'public'),
			...CONTACT,
			['account_id', '474042'],
			['campaign[id]', '12'],
			['unsubscribe[reason]', 'Too many emails'],
			['form[id]', '0'],
		],
		objects: ['contact', 'campaign', 'unsubscribe'],
	},
	update: { pairs: [...envelope('update'), ...CONTACT], objects: ['contact'] },
	subscriber_note: { pairs: [...envelope('subscriber_note'), ...CONTACT, ['note', 'Called, wants a demo']], objects: ['contact', 'note'] },
	contact_tag_added: { pairs: [...envelope('contact_tag_added'), ...CONTACT, ['tag', 'vip']], objects: ['contact', 'tag'] },
	contact_tag_removed: { pairs: [...envelope('contact_tag_removed'), ...CONTACT, ['tag', 'vip']], objects: ['contact', 'tag'] },
	contact_task_add: {
		pairs: [
			...envelope('contact_task_add'),
			...CONTACT,
			['task[id]', '5'],
			['task[type_id]', '1'],
			['task[title]', 'Call back'],
			['task[note]', 'about pricing'],
			['task[dueDate]', '2017-11-25 11:00:00'],
			['task[duedate_iso]', '2017-11-25T11:00:00-06:00'],
			['task[edate]', '2017-11-25 11:15:00'],
			['task[edate_iso]', '2017-11-25T11:15:00-06:00'],
			['task[type_title]', 'Call'],
		],
		objects: ['contact', 'task'],
	},
	list_add: {
		pairs: [
			...envelope('list_add'),
			['list[id]', '6'],
			['list[userid]', '1'],
			['list[name]', 'Webinar'],
			['list[sender_addr1]', '1 Main St'],
			['list[sender_addr2]', ''],
			['list[sender_city]', 'Chicago'],
			['list[sender_zip]', '60601'],
			['list[sender_state]', 'IL'],
			['list[sender_country]', 'US'],
			['list[fulladdress]', '1 Main St, Chicago'],
			['list[sender_url]', 'https://example.com'],
			['list[sender_reminder]', 'You signed up on example.com'],
		],
		objects: ['list'],
	},
	sent: { pairs: [...envelope('sent', '0', 'system'), ...CAMPAIGN], objects: ['campaign'] },
	open: {
		pairs: [...envelope('open', '1', 'public'), ...CONTACT, ...CAMPAIGN, ['User-Agent', 'Mozilla/5.0']],
		objects: ['contact', 'campaign'],
	},
	click: {
		pairs: [...envelope('click', '1', 'public'), ...CONTACT, ...CAMPAIGN, ['link[id]', '33'], ['link[url]', 'https://example.com/sale']],
		objects: ['contact', 'campaign', 'link'],
	},
	reply: {
		pairs: [...envelope('reply', '1', 'public'), ...CONTACT, ['campaign[id]', '12'], ['result', 'ok'], ['message', 'Thanks!']],
		objects: ['contact', 'campaign', 'reply'],
	},
	forward: {
		pairs: [...envelope('forward', '1', 'public'), ...CONTACT, ['campaign[id]', '12'], ['forward[count]', '2']],
		objects: ['contact', 'campaign', 'forward'],
	},
	share: {
		pairs: [
			...envelope('share', '1', 'public'),
			...CONTACT,
			['campaign[id]', '12'],
			['share[network]', 'facebook'],
			['share[network_id]', '1'],
			['share[content]', 'Look at this'],
		],
		objects: ['contact', 'campaign', 'share'],
	},
	bounce: {
		pairs: [
			...envelope('bounce', '1', 'system'),
			...CONTACT,
			['campaign[id]', '12'],
			['bounce[type]', 'hard'],
			['bounce[code]', '5.1.1'],
			['bounce[description]', 'Mailbox does not exist'],
		],
		objects: ['contact', 'campaign', 'bounce'],
	},
	deal_add: { pairs: [...envelope('deal_add'), ...DEAL, ...CONTACT], objects: ['deal', 'contact'] },
	deal_update: {
		pairs: [
			...envelope('deal_update'),
			...DEAL,
			['updated_fields[0]', 'title'],
			['updated_fields[1]', 'mdate'],
			['updated_fields[2]', 'nextdate'],
			['updated_fields[3]', 'stage'],
			['updated_fields[4]', 'contact'],
			...CONTACT,
		],
		objects: ['deal', 'contact'],
	},
	deal_note_add: { pairs: [...envelope('deal_note_add'), ...DEAL, ['note[id]', '8'], ['note[text]', 'Sent the quote']], objects: ['deal', 'note'] },
	deal_pipeline_add: { pairs: [...envelope('deal_pipeline_add'), ['pipeline[id]', '2'], ['pipeline[title]', 'Partners']], objects: ['pipeline'] },
	deal_stage_add: {
		pairs: [...envelope('deal_stage_add'), ['stage[id]', '9'], ['stage[title]', 'Negotiation'], ['stage[color]', '32B0FC']],
		objects: ['stage'],
	},
	deal_task_add: { pairs: [...envelope('deal_task_add'), ...DEAL, ...TASK, ...CONTACT], objects: ['deal', 'task', 'contact'] },
	deal_task_complete: {
		pairs: [
			...envelope('deal_task_complete'),
			...DEAL,
			...TASK,
			['task[donedate]', '2017-11-28 08:59:17'],
			['task[donedate_iso]', '2017-11-28T08:59:17-06:00'],
			...CONTACT,
		],
		objects: ['deal', 'task', 'contact'],
	},
	deal_tasktype_add: { pairs: [...envelope('deal_tasktype_add'), ['tasktype[id]', '5'], ['tasktype[title]', 'Demo']], objects: ['tasktype'] },
	sms_sent: {
		pairs: [
			...envelope('sms_sent', '0', 'system'),
			...CONTACT,
			['sms[id]', '77'],
			['sms[recipient]', '+15551234567'],
			['sms[successful]', '1'],
			['sms[comment]', ''],
		],
		objects: ['contact', 'sms'],
	},
	sms_reply: {
		pairs: [...envelope('sms_reply', '0', 'public'), ...CONTACT, ['sms[id]', '77'], ['sms[reply]', 'YES'], ['sms[result]', 'subscribe']],
		objects: ['contact', 'sms'],
	},
	sms_unsub: {
		pairs: [...envelope('sms_unsub', '0', 'public'), ...CONTACT, ['sms[id]', '77'], ['sms[phone]', '+15551234567']],
		objects: ['contact', 'sms'],
	},
	account_add: { pairs: [...envelope('account_add'), ...ACCOUNT], objects: ['account'] },
	account_update: { pairs: [...envelope('account_update'), ...ACCOUNT], objects: ['account'] },
	account_contact_add: {
		pairs: [
			...envelope('account_contact_add'),
			...CONTACT,
			...ACCOUNT,
			['accountContact[id]', '3'],
			['accountContact[account]', '4'],
			['accountContact[contact]', '9'],
			['accountContact[job_title]', 'CTO'],
		],
		objects: ['contact', 'account', 'accountContact'],
	},
	account_contact_update: {
		pairs: [
			...envelope('account_contact_update'),
			...CONTACT,
			...ACCOUNT,
			['accountContact[id]', '3'],
			['accountContact[account]', '4'],
			['accountContact[contact]', '9'],
			['accountContact[job_title]', 'CEO'],
		],
		objects: ['contact', 'account', 'accountContact'],
	},
};

/** The form body ActiveCampaign would POST. */
export function formBody(pairs: Pairs): string {
	const params = new URLSearchParams();
	for (const [key, value] of pairs) params.append(key, value);
	return params.toString();
}

/** The secret of the trigger {@link registeredTrigger} returns. */
export const SECRET = 'a'.repeat(48);

/** A trigger whose registration happened already (static data holds the secret); no API calls are made. */
export function registeredTrigger(parameters: IDataObject = {}): TriggerRig {
	return rig({
		nodeType: new ActiveCampaignTrigger(),
		parameters: { events: [...DOCUMENTED_EVENTS, ...EXTRA_EVENTS], ...parameters },
		credentials: { url: 'http://127.0.0.1:9', apiToken: 'unused' },
		staticData: { 'node:Trigger': { webhookId: '1', secret: SECRET } },
	});
}

/** A body as n8n's webhook server hands it to webhook(): the form parsed by querystring. */
export const asN8n = (pairs: Pairs) => parseQuerystring(formBody(pairs)) as IDataObject;

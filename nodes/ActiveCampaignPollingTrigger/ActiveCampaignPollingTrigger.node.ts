import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { CREDENTIAL_TYPE } from '../ActiveCampaign/shared/transport/apiUrl';
import { addAmounts } from '../ActiveCampaign/shared/money';
import { withoutLinks } from '../ActiveCampaign/shared/output';
import { simplifyRecord } from '../ActiveCampaign/shared/output/simplify';
import { RECORD_KINDS } from '../ActiveCampaign/shared/records/kinds';
import { apiRequest, apiRequestAllItems } from '../ActiveCampaign/shared/transport/request';
import { CAMPAIGN_STATUS_LABELS, campaignChanges, type CampaignChange, type CampaignStatuses } from './campaigns';
import { newCursor, queryValue, takeChanges, toMs, type Change, type KindCursor } from './cursor';
import { takeDueTasks, taskQuery, type DueTask } from './tasks';

/**
 * Catch-up for what webhooks miss: ActiveCampaign never retries a webhook and bulk imports do not fire them.
 * Every poll emits the contacts, deals and accounts created or updated since the previous poll, campaigns that
 * started or finished sending, and tasks that became due.
 */

interface KindSpec {
	path: string;
	rootProperty: string;
	changedField: string;
	createdField: string;
	/** Query parameters of every poll besides the date filter. */
	order: IDataObject;
	/** Whether the path documents `filters[updated_after]`; without it every record is read and checked here. */
	updatedAfter: boolean;
	/** Query parameters of the manual sample (newest first where the path documents an order). */
	sample: IDataObject;
}

/** Kinds whose records carry created and updated dates: created or updated since the previous poll. */
const KINDS: Record<string, KindSpec> = {
	contact: {
		path: '/contacts',
		rootProperty: 'contacts',
		changedField: 'udate',
		createdField: 'cdate',
		order: { 'orders[id]': 'ASC' },
		updatedAfter: true,
		sample: { 'orders[cdate]': 'DESC' },
	},
	deal: {
		path: '/deals',
		rootProperty: 'deals',
		changedField: 'mdate',
		createdField: 'cdate',
		order: {},
		updatedAfter: true,
		sample: { 'orders[cdate]': 'DESC' },
	},
	// GET /accounts documents only `search` and `count_deals`: no date filter, no order.
	account: {
		path: '/accounts',
		rootProperty: 'accounts',
		changedField: 'updatedTimestamp',
		createdField: 'createdTimestamp',
		order: {},
		updatedAfter: false,
		sample: {},
	},
};
const CAMPAIGN = 'campaign';
const TASK = 'task';
const ALL_KINDS = new Set([...Object.keys(KINDS), CAMPAIGN, TASK]);

const MANUAL_SAMPLE_SIZE = 5;

interface PollState extends IDataObject {
	cursors?: Record<string, KindCursor>;
	/** Campaign status by ID at the previous poll. */
	campaigns?: CampaignStatuses;
}

/** Simplify (default on): the record as the action node's Simplify shows it (README "Simplify"). */
function simplifyOn(context: IPollFunctions): boolean {
	return context.getNodeParameter('simplify', true) as boolean;
}

/** The item of a contact, deal or account created or updated. */
function toItem(kind: string, change: Change, simplify = true): INodeExecutionData {
	const kindOfRecord = RECORD_KINDS[kind as keyof typeof RECORD_KINDS];
	const record = simplify && kindOfRecord ? simplifyRecord(kindOfRecord, change.record) : withoutLinks(change.record);
	// The money convention of all three nodes (README, "Money"): value in cents as the API answers, valueAmount added.
	if (kind === 'deal' && !simplify) addAmounts(['value'])(record);
	return {
		json: {
			event: `${kind}_${change.change}`,
			occurredAt: new Date(change.changedAt).toISOString(),
			[kind]: record,
		},
	};
}

/** The item of a campaign that started or finished sending. */
function campaignItem(change: CampaignChange, simplify = true): INodeExecutionData {
	const campaign = simplify ? simplifyRecord(RECORD_KINDS.campaign, change.record) : withoutLinks(change.record);
	campaign.statusLabel = CAMPAIGN_STATUS_LABELS[String(campaign.status ?? '')] ?? null;
	return { json: { event: change.event, occurredAt: new Date(change.occurredAt).toISOString(), campaign } };
}

/** The item of a task that became due. */
function taskItem(due: DueTask, simplify = true): INodeExecutionData {
	const task = simplify ? simplifyRecord(RECORD_KINDS.task, due.record) : withoutLinks(due.record);
	return { json: { event: 'task_due', occurredAt: new Date(due.dueAt).toISOString(), task } };
}

/** A few recent records of one kind for "Fetch test event", as the items a poll would emit. */
async function sample(
	context: IPollFunctions,
	kind: string,
	keep: (change: Change) => boolean,
	now: number,
): Promise<INodeExecutionData[]> {
	if (kind === CAMPAIGN) {
		const page = await apiRequest.call(context, 'GET', '/campaigns', undefined, { limit: MANUAL_SAMPLE_SIZE, 'orders[sdate]': 'DESC' });
		const records = (page.campaigns as IDataObject[] | undefined) ?? [];
		// Report each campaign as if it had been a draft at the previous poll.
		const drafts = Object.fromEntries(records.map((record) => [String(record.id), '0']));
		return campaignChanges(records, drafts, now).changes.map((change) => campaignItem(change, simplifyOn(context)));
	}
	if (kind === TASK) {
		const page = await apiRequest.call(context, 'GET', '/dealTasks', undefined, { limit: 100, 'filters[status]': '0' });
		const records = (page.dealTasks as IDataObject[] | undefined) ?? [];
		return takeDueTasks(newCursor(0), records, now).slice(-MANUAL_SAMPLE_SIZE).map((due) => taskItem(due, simplifyOn(context)));
	}
	const spec = KINDS[kind];
	const page = await apiRequest.call(context, 'GET', spec.path, undefined, { limit: MANUAL_SAMPLE_SIZE, ...spec.sample });
	const items: INodeExecutionData[] = [];
	for (const record of (page[spec.rootProperty] as IDataObject[] | undefined) ?? []) {
		const changedAt = toMs(record[spec.changedField]) ?? toMs(record[spec.createdField]) ?? now;
		const createdAt = toMs(record[spec.createdField]);
		const change: Change = {
			record,
			changedAt,
			change: createdAt !== undefined && changedAt - createdAt < 2000 ? 'created' : 'updated',
		};
		if (keep(change)) items.push(toItem(kind, change, simplifyOn(context)));
	}
	return items;
}

export class ActiveCampaignPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ActiveCampaign (Community) Changes Trigger',
		name: 'activeCampaignPollingTrigger',
		icon: { light: 'file:../../icons/activecampaign.svg', dark: 'file:../../icons/activecampaign.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"Every poll: " + $parameter["records"].join(", ")}}',
		description:
			'Starts the workflow with contacts, deals and accounts created or updated since the last poll (including changes webhooks miss), campaigns that started or finished sending, and tasks that became due',
		defaults: { name: 'ActiveCampaign Changes Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		properties: [
			{
				displayName: 'Records',
				name: 'records',
				type: 'multiOptions',
				options: [
					{ name: 'Accounts (Created or Updated)', value: 'account' },
					{ name: 'Campaigns (Started or Finished Sending)', value: CAMPAIGN },
					{ name: 'Contacts', value: 'contact' },
					{ name: 'Deals', value: 'deal' },
					{ name: 'Tasks (Became Due)', value: TASK },
				],
				default: ['contact', 'deal'],
				required: true,
				description:
					'Which records to watch. Accounts and campaigns have no date filter in the API: every poll reads them all.',
			},
			{
				displayName: 'Emit',
				name: 'emit',
				type: 'options',
				options: [
					{ name: 'Created or Updated', value: 'all' },
					{ name: 'Created Only', value: 'created' },
					{ name: 'Updated Only', value: 'updated' },
				],
				default: 'all',
				description: 'Which changes of contacts, deals and accounts start the workflow (campaigns and tasks ignore it)',
			},
			{
				displayName: 'Simplify',
				name: 'simplify',
				type: 'boolean',
				default: true,
				description:
					'Whether to return a short record of the fields people map (ID first, typed values, amounts beside cents), as the ActiveCampaign node does; turn off to get the record as the API returns it',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Start From',
						name: 'since',
						type: 'dateTime',
						default: '',
						description:
							'On the first poll after activation, also emit changes made since this time (campaigns that started or finished sending, tasks that became due since then). Empty: only changes made after activation.',
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const kinds = (this.getNodeParameter('records', ['contact', 'deal']) as string[]).filter((kind) => ALL_KINDS.has(kind));
		if (kinds.length === 0) {
			throw new NodeOperationError(this.getNode(), 'Choose at least one kind of record in "Records"');
		}
		const emit = this.getNodeParameter('emit', 'all') as string;
		const keep = (change: Change) => emit === 'all' || change.change === emit;
		const now = Date.now();

		if (this.getMode() === 'manual') {
			// "Fetch test event": show the newest records without touching the cursor.
			const items: INodeExecutionData[] = [];
			for (const kind of kinds) items.push(...(await sample(this, kind, keep, now)));
			return items.length > 0 ? [items] : null;
		}

		const data = this.getWorkflowStaticData('node') as PollState;
		data.cursors ??= {};
		const options = this.getNodeParameter('options', {}) as { since?: string };
		const since = toMs(options.since ?? '');
		const items: INodeExecutionData[] = [];
		for (const kind of kinds) {
			if (kind === CAMPAIGN) {
				const records = await apiRequestAllItems.call(this, '/campaigns', 'campaigns', {});
				const { changes, statuses } = campaignChanges(records, data.campaigns, now, since);
				data.campaigns = statuses;
				items.push(...changes.map((change) => campaignItem(change, simplifyOn(this))));
				continue;
			}
			let cursor = data.cursors[kind];
			if (!cursor) {
				cursor = newCursor(Math.min(since ?? now, now));
				data.cursors[kind] = cursor;
			}
			// Work on a copy: the cursor only moves once every page of this kind has been read.
			const next: KindCursor = { ...cursor, seen: { ...cursor.seen } };
			if (kind === TASK) {
				const records = await apiRequestAllItems.call(this, '/dealTasks', 'dealTasks', taskQuery(next));
				const due = takeDueTasks(next, records, now);
				data.cursors[kind] = next;
				items.push(...due.map((task) => taskItem(task, simplifyOn(this))));
				continue;
			}
			const spec = KINDS[kind];
			const query: IDataObject = spec.updatedAfter ? { 'filters[updated_after]': queryValue(next), ...spec.order } : { ...spec.order };
			const records = await apiRequestAllItems.call(this, spec.path, spec.rootProperty, query);
			const changes = takeChanges(next, records, spec.changedField, spec.createdField);
			data.cursors[kind] = next;
			items.push(...changes.filter(keep).map((change) => toItem(kind, change, simplifyOn(this))));
		}
		return items.length > 0 ? [items] : null;
	}
}

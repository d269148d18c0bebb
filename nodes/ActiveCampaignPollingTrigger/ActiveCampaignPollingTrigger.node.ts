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
import { apiRequest, apiRequestAllItems } from '../ActiveCampaign/shared/transport/request';
import { newCursor, queryValue, takeChanges, toMs, type Change, type KindCursor } from './cursor';

/**
 * Catch-up for what webhooks miss: ActiveCampaign never retries a webhook and bulk imports do not fire them.
 * Every poll emits the contacts and deals created or updated since the previous poll.
 */

interface KindSpec {
	path: string;
	rootProperty: string;
	changedField: string;
	createdField: string;
	order: IDataObject;
}

const KINDS: Record<string, KindSpec> = {
	contact: {
		path: '/contacts',
		rootProperty: 'contacts',
		changedField: 'udate',
		createdField: 'cdate',
		order: { 'orders[id]': 'ASC' },
	},
	deal: { path: '/deals', rootProperty: 'deals', changedField: 'mdate', createdField: 'cdate', order: {} },
};

const MANUAL_SAMPLE_SIZE = 5;

interface PollState extends IDataObject {
	cursors?: Record<string, KindCursor>;
}

function toItem(kind: string, change: Change): INodeExecutionData {
	const record = withoutLinks(change.record);
	// The money convention of all three nodes (README, "Money"): value in cents as the API answers, valueAmount added.
	if (kind === 'deal') addAmounts(['value'])(record);
	return {
		json: {
			event: `${kind}_${change.change}`,
			occurredAt: new Date(change.changedAt).toISOString(),
			[kind]: record,
		},
	};
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
			'Starts the workflow with contacts and deals created or updated since the last poll, including changes webhooks miss',
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
					{ name: 'Contacts', value: 'contact' },
					{ name: 'Deals', value: 'deal' },
				],
				default: ['contact', 'deal'],
				required: true,
				description: 'Which records to watch',
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
				description: 'Which changes start the workflow',
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
							'On the first poll after activation, also emit changes made since this time. Empty: only changes made after activation.',
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const kinds = (this.getNodeParameter('records', ['contact', 'deal']) as string[]).filter((kind) => KINDS[kind]);
		if (kinds.length === 0) {
			throw new NodeOperationError(this.getNode(), 'Choose at least one kind of record in "Records"');
		}
		const emit = this.getNodeParameter('emit', 'all') as string;
		const keep = (change: Change) => emit === 'all' || change.change === emit;

		if (this.getMode() === 'manual') {
			// "Fetch test event": show the newest records without touching the cursor.
			const items: INodeExecutionData[] = [];
			for (const kind of kinds) {
				const spec = KINDS[kind];
				const page = await apiRequest.call(this, 'GET', spec.path, undefined, {
					limit: MANUAL_SAMPLE_SIZE,
					'orders[cdate]': 'DESC',
				});
				for (const record of (page[spec.rootProperty] as IDataObject[] | undefined) ?? []) {
					const changedAt = toMs(record[spec.changedField]) ?? toMs(record[spec.createdField]) ?? Date.now();
					const createdAt = toMs(record[spec.createdField]);
					const change: Change = {
						record,
						changedAt,
						change: createdAt !== undefined && changedAt - createdAt < 2000 ? 'created' : 'updated',
					};
					if (keep(change)) items.push(toItem(kind, change));
				}
			}
			return items.length > 0 ? [items] : null;
		}

		const data = this.getWorkflowStaticData('node') as PollState;
		data.cursors ??= {};
		const options = this.getNodeParameter('options', {}) as { since?: string };
		const items: INodeExecutionData[] = [];
		for (const kind of kinds) {
			const spec = KINDS[kind];
			let cursor = data.cursors[kind];
			if (!cursor) {
				const since = toMs(options.since ?? '') ?? Date.now();
				cursor = newCursor(Math.min(since, Date.now()));
				data.cursors[kind] = cursor;
			}
			// Work on a copy: the cursor only moves once every page of this kind has been read.
			const next: KindCursor = { ...cursor, seen: { ...cursor.seen } };
			const records = await apiRequestAllItems.call(this, spec.path, spec.rootProperty, {
				'filters[updated_after]': queryValue(next),
				...spec.order,
			});
			const changes = takeChanges(next, records, spec.changedField, spec.createdField);
			data.cursors[kind] = next;
			items.push(...changes.filter(keep).map((change) => toItem(kind, change)));
		}
		return items.length > 0 ? [items] : null;
	}
}

import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { recordLocator } from '../../shared/locators/property';
import { itemState } from '../../shared/memo/itemState';
import { resolveStage } from '../../shared/pipelines';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { pipelineLocator } from '../pipeline/shared';

export const stageLocator = (name = 'stage', required = false, description?: string): INodeProperties =>
	recordLocator({
		name,
		displayName: 'Stage',
		kind: RECORD_KINDS.stage,
		searchListMethod: 'searchStages',
		byText: 'name',
		required,
		description: description ?? "A stage of the chosen pipeline, picked from the list, by ID, or by its title",
	});

export const stageSharedFields: INodeProperties[] = [
	// Create's own Title is here only because the UI shows it above the Pipeline picker that Create shares with Get Many.
	{
		displayName: 'Title',
		name: 'stageTitle',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Negotiation',
		displayOptions: showFor('stage', ['create']),
		routing: { send: { type: 'body', property: 'dealStage.title' } },
	},
	{ ...pipelineLocator('stagePipeline'), description: 'The pipeline the stage belongs to', displayOptions: showFor('stage', ['create', 'getAll']) },
	{
		...stageLocator('stage', true, 'The stage, picked from the list, by ID, or by its title (a title shared by several pipelines needs the ID)'),
		displayOptions: showFor('stage', ['get', 'update', 'delete', 'moveDeals']),
	},
];

/** preSend: the stage (by ID or a title unique across pipelines) into `{stage}` of the URL. */
export function stageIdInto(urlTemplate: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const id = (await resolveStage(this, 'stage', undefined, true)) as string;
		itemState(this)['resolvedId:stage'] = id;
		requestOptions.url = urlTemplate.replace('{stage}', id);
		return requestOptions;
	};
}

const body = (property: string) => ({ send: { type: 'body' as const, property: `dealStage.${property}` } });

/** Options of create and update. */
export const stageOptions: INodeProperties[] = [
	{
		displayName: 'Color',
		name: 'color',
		type: 'color',
		default: '',
		description: 'The colour of the stage on the board',
		routing: { send: { type: 'body', property: 'dealStage.color', value: "={{ String($value).replace('#', '') }}" } },
	},
	{
		displayName: 'Order',
		name: 'order',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'Position of the stage in the pipeline (1 = first)',
		routing: body('order'),
	},
	{
		displayName: 'Sort Deals By',
		name: 'dealOrder',
		type: 'options',
		options: [
			{ name: 'Contact Name', value: 'contact_name ASC' },
			{ name: 'Created Date (Newest First)', value: 'cdate DESC' },
			{ name: 'Next Action', value: 'next-action DESC' },
			{ name: 'Title', value: 'title ASC' },
			{ name: 'Value (Highest First)', value: 'value DESC' },
		],
		default: 'next-action DESC',
		description: 'How deals are sorted in the stage',
		routing: body('dealOrder'),
	},
	{
		displayName: 'Width',
		name: 'width',
		type: 'number',
		typeOptions: { minValue: 100 },
		default: 280,
		description: 'Width of the stage column in pixels',
		routing: body('width'),
	},
];

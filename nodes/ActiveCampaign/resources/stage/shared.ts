import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { itemState } from '../../shared/memo/itemState';
import { setBody } from '../../shared/routing/body';
import { resolveStage } from '../../shared/pipelines';
import { apiRequest } from '../../shared/transport/request';
import { stageLocator } from '../deal/shared';

export const stageRecordLocator = stageLocator(
	'stage',
	true,
	'The stage, picked from the list, by ID, or by its title (a title shared by several pipelines needs the ID)',
);

/** preSend: the stage (by ID or a title unique across pipelines) into `{stage}` of the URL. */
export function stageIdInto(urlTemplate: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const id = (await resolveStage(this, 'stage', undefined, true)) as string;
		itemState(this)['resolvedId:stage'] = id;
		requestOptions.url = urlTemplate.replace('{stage}', id);
		return requestOptions;
	};
}

/** moveDeals: the target stage must be in the same pipeline as the stage the deals leave. */
export async function targetInSamePipeline(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const from = String(itemState(this)['resolvedId:stage']);
	const stage = ((await apiRequest.call(this, 'GET', `/dealStages/${from}`)).dealStage ?? {}) as IDataObject;
	const target = await resolveStage(this, 'targetStage', String(stage.group ?? ''), true, 'Target Stage');
	setBody(requestOptions, 'deal', { stage: target });
	return requestOptions;
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

import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { failItem } from '../../shared/failItem';
import { optionalRecordId, RELATION_TYPES } from '../../shared/lookups';
import { accountLocator } from '../account/shared';
import { contactLocator, dealLocator } from '../deal/shared';

export const noteGetAllFields: INodeProperties[] = [
	...returnAllAndLimit('note', 'getAll'),
	{
		displayName: 'Filters',
		name: 'noteFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('note', ['getAll']),
		options: [
			{ ...accountLocator, required: false, description: 'Only notes on this account' },
			{ ...contactLocator('contact', false), description: 'Only notes on this contact (ID or email)' },
			{ ...dealLocator, required: false, description: 'Only notes on this deal' },
		],
	},
];

/** preSend: the record filter as `filters[reltype]` + `filters[relid]` (one record at a time). */
export async function noteListQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const qs = (requestOptions.qs ?? {}) as IDataObject;
	const found: string[] = [];
	for (const [name, relation] of Object.entries(RELATION_TYPES)) {
		const id = await optionalRecordId(this, `noteFilters.${name}`, relation.kind);
		if (!id) continue;
		found.push(name);
		qs['filters[reltype]'] = relation.reltype;
		qs['filters[relid]'] = id;
	}
	if (found.length > 1) failItem(this, `Filter notes by one record at a time, not by ${found.join(' and ')}`, 'Keep one of the filters.');
	requestOptions.qs = qs;
	return requestOptions;
}

import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { failItem } from '../../shared/errors/failItem';
import { itemState } from '../../shared/memo/itemState';
import { singleRoute } from '../../shared/routing/routes';
import { labelOf } from '../customObjectSchema/shared';
import { keepSchema, readRecord, RECORD_PARAMETER, recordsPath } from './shared';

/** preSend: `DELETE .../{recordId}` for an ID, `DELETE .../external/{externalId}` for an external ID (both documented). */
async function deleteTarget(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const schema = await keepSchema(this);
	const reading = readRecord(this.getNodeParameter(RECORD_PARAMETER, ''));
	if (!reading) failItem(this, 'The record is required', 'Pick the record from the list, or give its ID or external ID.');
	itemState(this).customObjectRecordDeleted = { schemaId: String(schema.id), schema: labelOf(schema), ...reading };
	requestOptions.url =
		'id' in reading
			? `${recordsPath(String(schema.id))}/${encodeURIComponent(reading.id)}`
			: `${recordsPath(String(schema.id))}/external/${encodeURIComponent(reading.externalId)}`;
	return requestOptions;
}

export const deleteRecord: OperationDefinition = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a custom object record',
		description: 'Delete a record of a custom object schema by ID or external ID',
		routing: singleRoute(
			{ method: 'DELETE', url: '/customObjects/records/{customObjectRecordSchema}/{customObjectRecord}' },
			{
				preSend: [deleteTarget],
				postReceive: [
					async function (this: IExecuteSingleFunctions) {
						const deleted = itemState(this).customObjectRecordDeleted as Record<string, string>;
						return [{ json: { deleted: true, ...deleted } }];
					},
				],
			},
		),
	},
};

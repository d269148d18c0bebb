import { legacyResource } from '../../shared/descriptions';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { failItem } from '../../shared/errors/failItem';
import { resolvedId } from '../../shared/memo/itemState';
import { singleRoute } from '../../shared/routing/routes';
import { apiRequest } from '../../shared/transport/request';
import { dealNoteCreateFields } from './create';
import { dealNoteUpdateFields } from './update';

/**
 * update: only a note of this deal. The API is not documented to refuse a note of another record on this path, so
 * the note is read first and must be on the deal (FACTS §2: never act on a record that does not match).
 */
async function noteOfTheDeal(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const deal = resolvedId(this, 'dealNoteDeal');
	const note = resolvedId(this, 'dealNoteNote');
	const current = ((await apiRequest.call(this, 'GET', `/notes/${note}`)).note ?? {}) as IDataObject;
	if (String(current.reltype) !== 'Deal' || String(current.relid) !== deal) {
		failItem(this, `The note ${note} is not a note of the deal ${deal}`, 'Pick a note of this deal, or change the note with Note > Update.');
	}
	return requestOptions;
}

export const dealNoteDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['dealNote'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Add a note to a deal',
				description: 'Add a note to a deal',
				routing: singleRoute(
					{ method: 'POST', url: '/deals/{dealNoteDeal}/notes' },
					{ preSend: [resolveIds([{ parameter: 'dealNoteDeal', kind: RECORD_KINDS.deal }], '/deals/{dealNoteDeal}/notes')], postReceive: [unwrapRecord('note')] },
				),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a note of a deal',
				description: 'Change the text of a note on a deal',
				routing: singleRoute(
					{ method: 'PUT', url: '/deals/{dealNoteDeal}/notes/{dealNoteNote}' },
					{
						preSend: [
							resolveIds(
								[
									{ parameter: 'dealNoteDeal', kind: RECORD_KINDS.deal },
									{ parameter: 'dealNoteNote', kind: RECORD_KINDS.note },
								],
								'/deals/{dealNoteDeal}/notes/{dealNoteNote}',
							),
							noteOfTheDeal,
						],
						postReceive: [unwrapRecord('note')],
					},
				),
			},
		],
		default: 'create',
	},
	...dealNoteCreateFields,
	...dealNoteUpdateFields,
	simplifyOption('dealNote', ['create', 'update']),
];

/** Until this resource has one file per operation. */
export const dealNote = legacyResource('Deal Note', 'dealNote', 'Notes on deals (add and change)', dealNoteDescription);

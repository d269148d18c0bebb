import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { failItem } from '../../shared/errors/failItem';
import { resolveIds } from '../../shared/locators/read';
import { resolvedId } from '../../shared/memo/itemState';
import { unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';
import { apiRequest } from '../../shared/transport/request';
import { noteLocator } from '../note/shared';

/**
 * Only a note of this deal. The API is not documented to refuse a note of another record on this path, so the note
 * is read first and must be on the deal (FACTS §2: never act on a record that does not match).
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

export const update: OperationDefinition = {
	option: {
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
	fields: [{ ...noteLocator, name: 'dealNoteNote', description: 'The note to change (a note of the deal), picked from the list or by ID' }],
	simplify: true,
};

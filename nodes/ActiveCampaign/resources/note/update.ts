import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { resolveRecordId } from '../../shared/locators/read';
import { unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { setBody } from '../../shared/routing/body';
import { singleRoute } from '../../shared/routing/routes';
import { apiRequest } from '../../shared/transport/request';
import { noteId } from './shared';

/** The API wants the note's record with the new text, so keep the record it is on. */
async function keepRelation(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const id = await resolveRecordId(this, 'note', RECORD_KINDS.note);
	const current = ((await apiRequest.call(this, 'GET', `/notes/${id}`)).note ?? {}) as IDataObject;
	setBody(requestOptions, 'note', { reltype: current.reltype, relid: current.relid });
	return requestOptions;
}

export const update: OperationDefinition = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a note',
		description: 'Change the text of a note',
		routing: singleRoute({ method: 'PUT', url: '/notes/{note}' }, { preSend: [noteId, keepRelation], postReceive: [unwrapRecord('note')] }),
	},
	simplify: true,
};

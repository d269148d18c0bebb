import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { resolveRecordId } from '../../shared/locators/read';
import { unwrapRecord } from '../../shared/output';
import { RELATION_TYPES } from '../../shared/records/kinds';
import { setBody } from '../../shared/routing/body';
import { singleRoute } from '../../shared/routing/routes';
import { attachedRecordParameter, attachTo } from './shared';

/** `note.reltype` and `note.relid` from "Attach To" and its record. */
async function noteRelation(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const kind = this.getNodeParameter('attachTo', 'contact') as string;
	const relation = RELATION_TYPES[kind];
	const relid = await resolveRecordId(this, attachedRecordParameter('note', kind), relation.kind);
	setBody(requestOptions, 'note', { reltype: relation.reltype, relid });
	return requestOptions;
}

export const create: OperationDefinition = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a note',
		description: 'Add a note to a contact, a deal or an account',
		routing: singleRoute({ method: 'POST', url: '/notes' }, { preSend: [noteRelation], postReceive: [unwrapRecord('note')] }),
	},
	fields: attachTo('note', ['contact', 'deal', 'account'], true, 'The kind of record the note is on'),
	simplify: true,
};

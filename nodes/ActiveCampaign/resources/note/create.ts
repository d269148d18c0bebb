import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { resolveRecordId } from '../../shared/locators/read';
import { RELATION_TYPES } from '../../shared/records/kinds';
import { setBody } from '../../shared/routing/body';
import { attachedRecordParameter, attachTo, noteTextField } from './shared';

export const noteCreateFields: INodeProperties[] = [
	...attachTo('note', ['create'], ['contact', 'deal', 'account'], true, 'The kind of record the note is on'),
	noteTextField('note'),
];

/** preSend: `note.reltype` and `note.relid` from "Attach To" and its record. */
export async function noteRelation(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const kind = this.getNodeParameter('attachTo', 'contact') as string;
	const relation = RELATION_TYPES[kind];
	const relid = await resolveRecordId(this, attachedRecordParameter('note', kind), relation.kind);
	setBody(requestOptions, 'note', { reltype: relation.reltype, relid });
	return requestOptions;
}

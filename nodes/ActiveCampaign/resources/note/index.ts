import { legacyResource } from '../../shared/descriptions';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds, resolveRecordId } from '../../shared/locators/read';
import { setBody } from '../../shared/routing/body';
import { confirmDeleted, unwrapList, unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, singleRoute } from '../../shared/routing/routes';
import { apiRequest } from '../../shared/transport/request';
import { noteCreateFields, noteRelation } from './create';
import { noteGetFields } from './get';
import { noteGetAllFields, noteListTarget } from './getAll';

const noteId = resolveIds([{ parameter: 'note', kind: RECORD_KINDS.note }], '/notes/{note}');

/** update: the API wants the note's record with the new text, so keep the record it is on. */
async function keepRelation(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const id = await resolveRecordId(this, 'note', RECORD_KINDS.note);
	const current = ((await apiRequest.call(this, 'GET', `/notes/${id}`)).note ?? {}) as IDataObject;
	setBody(requestOptions, 'note', { reltype: current.reltype, relid: current.relid });
	return requestOptions;
}

export const noteDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['note'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a note',
				description: 'Add a note to a contact, a deal or an account',
				routing: singleRoute({ method: 'POST', url: '/notes' }, { preSend: [noteRelation], postReceive: [unwrapRecord('note')] }),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a note',
				description: 'Delete a note',
				routing: singleRoute({ method: 'DELETE', url: '/notes/{note}' }, { preSend: [noteId], postReceive: [confirmDeleted('note', 'note')] }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a note',
				description: 'Get a note by ID',
				routing: singleRoute({ method: 'GET', url: '/notes/{note}' }, { preSend: [noteId], postReceive: [unwrapRecord('note')] }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many notes',
				description: 'List notes, optionally those on one contact, deal or account',
				routing: listRoute({ method: 'GET', url: '/notes' }, { postReceive: [unwrapList('notes')], target: noteListTarget }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a note',
				description: 'Change the text of a note',
				routing: singleRoute({ method: 'PUT', url: '/notes/{note}' }, { preSend: [noteId, keepRelation], postReceive: [unwrapRecord('note')] }),
			},
		],
		default: 'create',
	},
	...noteCreateFields,
	...noteGetFields,
	...noteGetAllFields,
	simplifyOption('note', ['create', 'get', 'getAll', 'update']),
];

/** Until this resource has one file per operation. */
export const note = legacyResource('Note', 'note', 'Notes on contacts, deals or accounts', noteDescription);

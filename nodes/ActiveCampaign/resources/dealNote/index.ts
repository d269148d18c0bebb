import type { INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators';
import { unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/recordKinds';
import { singleRoute } from '../../shared/routing';
import { dealNoteCreateFields } from './create';
import { dealNoteUpdateFields } from './update';

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

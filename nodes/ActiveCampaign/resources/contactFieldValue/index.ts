import { legacyResource } from '../../shared/descriptions';
import type { INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { unwrapList, unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';
import { takeLimit } from '../../shared/routing/subLists';
import { contactFieldValueGetAllFields } from './getAll';
import { contactFieldValueSetFields, fieldValueBody } from './set';

const contactId = resolveIds([{ parameter: 'contactFieldValueContact', kind: RECORD_KINDS.contact }], '/contacts/{contactFieldValueContact}/fieldValues');

export const contactFieldValueDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contactFieldValue'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many custom field values of a contact',
				description: 'List the custom field values of a contact',
				routing: singleRoute(
					{ method: 'GET', url: '/contacts/{contactFieldValueContact}/fieldValues' },
					{ preSend: [contactId], postReceive: [unwrapList('fieldValues'), takeLimit()] },
				),
			},
			{
				name: 'Set',
				value: 'set',
				action: 'Set a custom field value of a contact',
				description: 'Set the value of one custom field (picked by name) for a contact, replacing any value it had',
				routing: singleRoute({ method: 'POST', url: '/fieldValues' }, { preSend: [fieldValueBody], postReceive: [unwrapRecord('fieldValue')] }),
			},
		],
		default: 'set',
	},
	...contactFieldValueSetFields,
	...contactFieldValueGetAllFields,
	simplifyOption('contactFieldValue', ['set', 'getAll']),
];

/** Until this resource has one file per operation. */
export const contactFieldValue = legacyResource('Contact Custom Field Value', 'contactFieldValue', "A contact's values in custom fields", contactFieldValueDescription);

import { legacyResource } from '../../shared/descriptions';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { confirmDeleted, unwrapList, unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, singleRoute } from '../../shared/routing/routes';
import { contactFieldCreateFields } from './create';
import { contactFieldGetFields } from './get';
import { contactFieldGetAllFields } from './getAll';
import { completeCreatedField, completeUpdatedField } from './optionsAndLists';
import { contactFieldUpdateFields } from './update';

const fieldId = resolveIds([{ parameter: 'field', kind: RECORD_KINDS.field }], '/fields/{field}');

/** An update may only add options or lists: the API still wants a `field` object. */
async function fieldBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = (requestOptions.body ?? {}) as IDataObject;
	if (typeof body.field !== 'object' || body.field === null) body.field = {};
	requestOptions.body = body;
	return requestOptions;
}

export const contactFieldDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contactField'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a contact custom field',
				description: 'Create a contact custom field, with its options (dropdown, radio, checkbox, list box) and the lists it shows on',
				routing: singleRoute({ method: 'POST', url: '/fields' }, { postReceive: [completeCreatedField] }),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a contact custom field',
				description: 'Delete a contact custom field and the values contacts have in it',
				routing: singleRoute(
					{ method: 'DELETE', url: '/fields/{field}' },
					{ preSend: [fieldId], postReceive: [confirmDeleted('field', 'field')] },
				),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a contact custom field',
				description: 'Get a contact custom field by title or ID',
				routing: singleRoute({ method: 'GET', url: '/fields/{field}' }, { preSend: [fieldId], postReceive: [unwrapRecord('field')] }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many contact custom fields',
				description: 'List the contact custom fields of the account',
				routing: listRoute({ method: 'GET', url: '/fields' }, { postReceive: [unwrapList('fields')] }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a contact custom field',
				description: 'Rename a contact custom field, change its settings, add options or show it on more lists',
				routing: singleRoute(
					{ method: 'PUT', url: '/fields/{field}' },
					{ preSend: [fieldId, fieldBody], postReceive: [completeUpdatedField] },
				),
			},
		],
		default: 'getAll',
	},
	...contactFieldCreateFields,
	...contactFieldGetFields,
	...contactFieldGetAllFields,
	...contactFieldUpdateFields,
	simplifyOption('contactField', ['create', 'get', 'getAll', 'update']),
];

/** Until this resource has one file per operation. */
export const contactField = legacyResource('Contact Custom Field', 'contactField', 'Custom fields of contacts: their definitions, options and lists', contactFieldDescription);

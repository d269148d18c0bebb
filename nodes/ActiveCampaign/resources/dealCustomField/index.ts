import { legacyResource } from '../../shared/descriptions';
import type { INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { confirmDeleted, unwrapList, unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, singleRoute } from '../../shared/routing/routes';
import { dealCustomFieldCreateFields } from './create';
import { dealCustomFieldGetFields } from './get';
import { dealCustomFieldGetAllFields } from './getAll';
import { dealCustomFieldUpdateFields } from './update';

const fieldId = resolveIds([{ parameter: 'dealCustomField', kind: RECORD_KINDS.dealCustomField }], '/dealCustomFieldMeta/{dealCustomField}');
const one = [unwrapRecord('dealCustomFieldMetum')];

export const dealCustomFieldDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['dealCustomField'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a deal custom field',
				description: 'Define a new custom field for deals',
				routing: singleRoute({ method: 'POST', url: '/dealCustomFieldMeta' }, { postReceive: one }),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a deal custom field',
				description: 'Delete a deal custom field and its values on every deal',
				routing: singleRoute(
					{ method: 'DELETE', url: '/dealCustomFieldMeta/{dealCustomField}' },
					{ preSend: [fieldId], postReceive: [confirmDeleted('dealCustomField', 'dealCustomField')] },
				),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a deal custom field',
				description: 'Get a deal custom field by label or ID',
				routing: singleRoute({ method: 'GET', url: '/dealCustomFieldMeta/{dealCustomField}' }, { preSend: [fieldId], postReceive: one }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many deal custom fields',
				description: 'List the custom fields defined for deals',
				routing: listRoute({ method: 'GET', url: '/dealCustomFieldMeta' }, { postReceive: [unwrapList('dealCustomFieldMeta')] }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a deal custom field',
				description: 'Rename a deal custom field or change its options',
				routing: singleRoute({ method: 'PUT', url: '/dealCustomFieldMeta/{dealCustomField}' }, { preSend: [fieldId], postReceive: one }),
			},
		],
		default: 'getAll',
	},
	...dealCustomFieldCreateFields,
	...dealCustomFieldGetFields,
	...dealCustomFieldGetAllFields,
	...dealCustomFieldUpdateFields,
	simplifyOption('dealCustomField', ['create', 'get', 'getAll', 'update']),
];

/** Until this resource has one file per operation. */
export const dealCustomField = legacyResource('Deal Custom Field', 'dealCustomField', 'Custom fields of deals: their definitions', dealCustomFieldDescription);

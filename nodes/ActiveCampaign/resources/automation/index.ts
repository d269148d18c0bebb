import { legacyResource } from '../../shared/descriptions';
import type { INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { unwrapList, unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, singleRoute } from '../../shared/routing/routes';
import { automationGetFields } from './get';
import { automationGetAllFields } from './getAll';

export const automationDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['automation'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get an automation',
				description: 'Get an automation by name or ID, with how many contacts entered and exited it',
				routing: singleRoute(
					{ method: 'GET', url: '/automations/{automation}' },
					{ preSend: [resolveIds([{ parameter: 'automation', kind: RECORD_KINDS.automation }], '/automations/{automation}')], postReceive: [unwrapRecord('automation')] },
				),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many automations',
				description: 'List automations (to enrol contacts, use Contact Automation > Add)',
				routing: listRoute({ method: 'GET', url: '/automations' }, { postReceive: [unwrapList('automations')] }),
			},
		],
		default: 'getAll',
	},
	...automationGetFields,
	...automationGetAllFields,
	simplifyOption('automation', ['get', 'getAll']),
];

/** Until this resource has one file per operation. */
export const automation = legacyResource('Automation', 'automation', 'Automations (workflows) of the account', automationDescription);

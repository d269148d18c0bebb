import type { INodeProperties } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { connectionFields, connectionList, listInto } from './shared';

/** Top-level names of the connection fields on create (inside Update Fields they keep their own names). */
const CREATE_NAMES: Record<string, string> = { externalid: 'ecommerceConnectionExternalId', name: 'ecommerceConnectionName' };

export const create: OperationDefinition = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create an ecommerce connection',
		description: 'Register a store (e.g. a Shopify shop) whose customers and orders are sent to ActiveCampaign',
		routing: singleRoute({ method: 'POST', url: '/connections' }, { preSend: [listInto('ecommerceConnectionAdditionalFields.list')], postReceive: [unwrapRecord('connection')] }),
	},
	fields: [
		...['service', 'externalid', 'name', 'logoUrl', 'linkUrl'].map((key): INodeProperties => ({ ...connectionFields[key], name: CREATE_NAMES[key] ?? key, required: true })),
		{
			displayName: 'Additional Fields',
			name: 'ecommerceConnectionAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [connectionList],
		},
	],
	simplify: true,
};

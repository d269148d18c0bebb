import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { webhookList } from '../webhook/shared';
import { connectionFields } from './shared';

const show = showFor('ecommerceConnection', ['create']);

/** Top-level names of the connection fields on create (inside Update Fields they keep their own names). */
const CREATE_NAMES: Record<string, string> = { externalid: 'ecommerceConnectionExternalId', name: 'ecommerceConnectionName' };

export const ecommerceConnectionCreateFields: INodeProperties[] = [
	...['service', 'externalid', 'name', 'logoUrl', 'linkUrl'].map((key) => ({ ...connectionFields[key], name: CREATE_NAMES[key] ?? key, required: true, displayOptions: show })),
	{
		displayName: 'Additional Fields',
		name: 'ecommerceConnectionAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: [{ ...webhookList(), description: 'The list new contacts from this store are added to' }],
	},
];

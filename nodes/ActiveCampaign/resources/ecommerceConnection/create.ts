import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { webhookList } from '../webhook/shared';
import { connectionFields } from './shared';

const show = showFor('ecommerceConnection', ['create']);

export const ecommerceConnectionCreateFields: INodeProperties[] = [
	...['service', 'externalid', 'name', 'logoUrl', 'linkUrl'].map((key) => ({ ...connectionFields[key], required: true, displayOptions: show })),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: [{ ...webhookList(), description: 'The list new contacts from this store are added to' }],
	},
];

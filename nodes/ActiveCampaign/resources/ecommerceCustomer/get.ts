import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { customerLocator } from './shared';

export const ecommerceCustomerGetFields: INodeProperties[] = [
	{ ...customerLocator(), displayOptions: showFor('ecommerceCustomer', ['get', 'update', 'delete']) },
];

import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { orderLocator } from './shared';

export const ecommerceOrderGetFields: INodeProperties[] = [
	{ ...orderLocator, displayOptions: showFor('ecommerceOrder', ['get', 'update', 'delete']) },
];

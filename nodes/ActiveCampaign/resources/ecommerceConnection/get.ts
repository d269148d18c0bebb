import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { connectionLocator } from './shared';

export const ecommerceConnectionGetFields: INodeProperties[] = [
	{ ...connectionLocator(), displayOptions: showFor('ecommerceConnection', ['get', 'update', 'delete']) },
];

import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

export const ecommerceOrderProductGetAllFields: INodeProperties[] = [
	...returnAllAndLimit('ecommerceOrderProduct', 'getAll'),
	...returnAllAndLimit('ecommerceOrderProduct', 'getByOrder'),
];

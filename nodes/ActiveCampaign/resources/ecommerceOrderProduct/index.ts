import type { ResourceDefinition } from '../../shared/descriptions';
import { get } from './get';
import { getAll } from './getAll';
import { getByOrder } from './getByOrder';

export const ecommerceOrderProduct: ResourceDefinition = {
	name: 'E-Commerce Order Product',
	value: 'ecommerceOrderProduct',
	description: 'Product lines of e-commerce orders',
	operations: [get, getAll, getByOrder],
	defaultOperation: getAll.option.value,
};

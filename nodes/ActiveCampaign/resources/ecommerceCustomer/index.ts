import type { ResourceDefinition } from '../../shared/descriptions';
import { create } from './create';
import { deleteEcommerceCustomer } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { ecommerceCustomerSharedFields } from './shared';
import { update } from './update';

export const ecommerceCustomer: ResourceDefinition = {
	name: 'E-Commerce Customer',
	value: 'ecommerceCustomer',
	description: 'Customers of connected stores',
	operations: [create, deleteEcommerceCustomer, get, getAll, update],
	defaultOperation: getAll.option.value,
	sharedFields: ecommerceCustomerSharedFields,
};

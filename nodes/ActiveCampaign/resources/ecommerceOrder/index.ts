import type { ResourceDefinition } from '../../shared/descriptions';
import { create } from './create';
import { deleteEcommerceOrder } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { ecommerceOrderSharedFields } from './shared';
import { update } from './update';

export const ecommerceOrder: ResourceDefinition = {
	name: 'E-Commerce Order',
	value: 'ecommerceOrder',
	description: 'Orders (and abandoned carts) of connected stores',
	operations: [create, deleteEcommerceOrder, get, getAll, update],
	defaultOperation: getAll.option.value,
	sharedFields: ecommerceOrderSharedFields,
};

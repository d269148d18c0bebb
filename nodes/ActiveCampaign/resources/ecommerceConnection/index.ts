import type { ResourceDefinition } from '../../shared/descriptions';
import { create } from './create';
import { deleteEcommerceConnection } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { ecommerceConnectionSharedFields } from './shared';
import { update } from './update';

export const ecommerceConnection: ResourceDefinition = {
	name: 'E-Commerce Connection',
	value: 'ecommerceConnection',
	description: 'Stores connected for e-commerce data',
	operations: [create, deleteEcommerceConnection, get, getAll, update],
	defaultOperation: getAll.option.value,
	sharedFields: ecommerceConnectionSharedFields,
};

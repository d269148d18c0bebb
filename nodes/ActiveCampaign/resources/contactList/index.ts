import type { ResourceDefinition } from '../../shared/descriptions';
import { getAll } from './getAll';
import { contactListSharedFields } from './shared';
import { subscribe } from './subscribe';
import { unsubscribe } from './unsubscribe';

export const contactList: ResourceDefinition = {
	name: 'Contact List',
	value: 'contactList',
	description: 'Subscriptions of contacts to lists',
	operations: [getAll, subscribe, unsubscribe],
	defaultOperation: subscribe.option.value,
	sharedFields: contactListSharedFields,
};

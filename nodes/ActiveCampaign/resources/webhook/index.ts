import type { ResourceDefinition } from '../../shared/descriptions';
import { create } from './create';
import { deleteWebhook } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { getEvents } from './getEvents';
import { webhookSharedFields } from './shared';
import { update } from './update';

export const webhook: ResourceDefinition = {
	name: 'Webhook',
	value: 'webhook',
	description: 'Webhooks that call a URL when events happen',
	operations: [create, deleteWebhook, get, getAll, getEvents, update],
	defaultOperation: getAll.option.value,
	sharedFields: webhookSharedFields,
};

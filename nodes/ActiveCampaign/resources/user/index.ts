import type { ResourceDefinition } from '../../shared/descriptions';
import { get } from './get';
import { getAll } from './getAll';
import { getMe } from './getMe';

export const user: ResourceDefinition = {
	name: 'User',
	value: 'user',
	description: 'Users (team members) of the ActiveCampaign account',
	operations: [get, getMe, getAll],
	defaultOperation: getMe.option.value,
};

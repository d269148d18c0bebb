import type { ResourceDefinition } from '../../shared/descriptions';
import { create } from './create';
import { deleteCampaign } from './delete';
import { duplicate } from './duplicate';
import { get } from './get';
import { getAll } from './getAll';
import { getLinks } from './getLinks';
import { campaignSharedFields } from './shared';

export const campaign: ResourceDefinition = {
	name: 'Campaign',
	value: 'campaign',
	description: 'Email campaigns with their report counters',
	operations: [create, deleteCampaign, duplicate, get, getAll, getLinks],
	defaultOperation: getAll.option.value,
	sharedFields: campaignSharedFields,
};

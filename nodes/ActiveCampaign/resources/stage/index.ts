import type { ResourceDefinition } from '../../shared/descriptions';
import { create } from './create';
import { deleteStage } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { moveDeals } from './moveDeals';
import { stageSharedFields } from './shared';
import { update } from './update';

export const stage: ResourceDefinition = {
	name: 'Stage',
	value: 'stage',
	description: 'Stages of deal pipelines',
	operations: [create, deleteStage, get, getAll, moveDeals, update],
	defaultOperation: getAll.option.value,
	sharedFields: stageSharedFields,
};

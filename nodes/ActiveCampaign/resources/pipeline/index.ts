import type { ResourceDefinition } from '../../shared/descriptions';
import { create } from './create';
import { deletePipeline } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { pipelineSharedFields } from './shared';
import { update } from './update';

export const pipeline: ResourceDefinition = {
	name: 'Pipeline',
	value: 'pipeline',
	description: 'Deal pipelines',
	operations: [create, deletePipeline, get, getAll, update],
	defaultOperation: getAll.option.value,
	sharedFields: pipelineSharedFields,
};

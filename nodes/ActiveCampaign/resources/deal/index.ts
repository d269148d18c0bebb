import type { ResourceDefinition } from '../../shared/descriptions';
import { create } from './create';
import { deleteDeal } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { markLost } from './markLost';
import { markWon } from './markWon';
import { moveToStage } from './moveToStage';
import { reopen } from './reopen';
import { dealSharedFields } from './shared';
import { update } from './update';

export const deal: ResourceDefinition = {
	name: 'Deal',
	value: 'deal',
	description: 'Deals (opportunities) in pipelines, with value, stage, owner and custom fields',
	operations: [create, deleteDeal, get, getAll, markLost, markWon, moveToStage, reopen, update],
	defaultOperation: getAll.option.value,
	sharedFields: dealSharedFields,
};

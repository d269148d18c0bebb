import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { stageLocator } from '../deal/shared';
import { stageRecordLocator } from './shared';

export const stageGetFields: INodeProperties[] = [
	{ ...stageRecordLocator, displayOptions: showFor('stage', ['get', 'update', 'delete', 'moveDeals']) },
	{
		...stageLocator('targetStage', true, 'The stage to move the deals to, in the same pipeline'),
		displayName: 'Target Stage',
		displayOptions: showFor('stage', ['moveDeals']),
	},
];

import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { stageLocator } from './shared';

export const dealMoveToStageFields: INodeProperties[] = [
	{
		...stageLocator('dealTargetStage', true, "The stage to move the deal to: one of the deal's pipeline stages, from the list, by ID or by title"),
		displayOptions: showFor('deal', ['moveToStage']),
	},
];

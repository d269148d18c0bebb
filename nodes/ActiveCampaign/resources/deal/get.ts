import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { dealLocator } from './shared';

export const dealGetFields: INodeProperties[] = [
	{ ...dealLocator, displayOptions: showFor('deal', ['get', 'delete', 'update', 'moveToStage', 'markWon', 'markLost', 'reopen']) },
];

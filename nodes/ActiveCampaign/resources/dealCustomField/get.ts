import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { dealCustomFieldLocator } from './shared';

export const dealCustomFieldGetFields: INodeProperties[] = [
	{ ...dealCustomFieldLocator, displayOptions: showFor('dealCustomField', ['get', 'update', 'delete']) },
];

import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { campaignLocator } from './shared';

export const campaignGetFields: INodeProperties[] = [
	{ ...campaignLocator, displayOptions: showFor('campaign', ['get', 'getLinks', 'duplicate', 'delete']) },
];

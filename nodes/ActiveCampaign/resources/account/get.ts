import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { accountLocator } from './shared';

/** The account picker of Get, Update and Delete. */
export const accountGetFields: INodeProperties[] = [
	{ ...accountLocator, displayOptions: showFor('account', ['get', 'update', 'delete']) },
];

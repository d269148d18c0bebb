import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { contactFieldLocator } from './shared';

/** The field picker of Get, Update and Delete. */
export const contactFieldGetFields: INodeProperties[] = [
	{ ...contactFieldLocator, displayOptions: showFor('contactField', ['get', 'update', 'delete']) },
];

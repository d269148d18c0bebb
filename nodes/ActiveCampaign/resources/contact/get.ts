import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { contactLocator } from './shared';

/** The contact picker of Get, Update and Delete. */
export const contactGetFields: INodeProperties[] = [
	{ ...contactLocator, displayOptions: showFor('contact', ['get', 'update', 'delete']) },
];

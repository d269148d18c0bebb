import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { contactLocator, dealLocator } from '../deal/shared';

/** The deal of every operation, and the secondary contact of Add and Remove. */
export const dealContactSharedFields: INodeProperties[] = [
	{ ...dealLocator, name: 'dealContactDeal', displayOptions: showFor('dealContact', ['add', 'remove', 'getAll']) },
	{
		...contactLocator('dealContactContact', true, 'The secondary contact, picked from the list, by ID, or by email'),
		displayOptions: showFor('dealContact', ['add', 'remove']),
	},
];

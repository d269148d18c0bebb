import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { contactLocator } from '../contact/shared';
import { listLocator } from '../list/shared';

/** Subscribe and Unsubscribe take the same two pickers; Get Many takes the contact. */
export const contactListSubscribeFields: INodeProperties[] = [
	{ ...contactLocator, name: 'contactListContact', displayOptions: showFor('contactList', ['subscribe', 'unsubscribe', 'getAll']) },
	{
		...listLocator,
		name: 'contactListList',
		description: 'The list, picked from the list, by ID, or by its name',
		displayOptions: showFor('contactList', ['subscribe', 'unsubscribe']),
	},
];

import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { contactLocator } from '../contact/shared';

/** The contact whose values are set or listed. */
export const contactFieldValueSharedFields: INodeProperties[] = [
	{ ...contactLocator, name: 'contactFieldValueContact', displayOptions: showFor('contactFieldValue', ['set', 'getAll']) },
];

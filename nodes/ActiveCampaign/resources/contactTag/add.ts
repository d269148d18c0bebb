import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { contactLocator } from '../contact/shared';
import { tagLocator } from '../tag/shared';

export const contactTagAddFields: INodeProperties[] = [
	{ ...contactLocator, name: 'contactTagContact', displayOptions: showFor('contactTag', ['add', 'remove', 'getAll']) },
	{ ...tagLocator, name: 'contactTagTag', displayOptions: showFor('contactTag', ['add', 'remove']) },
	{
		displayName: 'Create Tag If Missing',
		name: 'createTag',
		type: 'boolean',
		default: false,
		description: 'Whether to create the tag when no tag has the name given in Tag (By Name mode)',
		displayOptions: showFor('contactTag', ['add']),
	},
];

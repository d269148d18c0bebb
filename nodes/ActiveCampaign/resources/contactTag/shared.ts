import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { itemState } from '../../shared/memo/itemState';
import { contactLocator } from '../contact/shared';
import { tagLocator } from '../tag/shared';

export const contactTagSharedFields: INodeProperties[] = [
	{ ...contactLocator, name: 'contactTagContact', displayOptions: showFor('contactTag', ['add', 'remove', 'getAll']) },
	{ ...tagLocator, name: 'contactTagTag', displayOptions: showFor('contactTag', ['add', 'remove']) },
];

/**
 * contactTag add/remove find the contact-tag association themselves (GET /contacts/{id}/contactTags): add does
 * not duplicate it and reports `alreadyTagged`, remove deletes it by its own ID or reports "not tagged".
 * What the preSend found, kept for the postReceive of the same item.
 */
export interface TagState {
	contact: string;
	tag: string;
	tagCreated: boolean;
	existing?: IDataObject;
}

export function contactTagState(context: IExecuteSingleFunctions): TagState {
	return itemState(context).contactTag as unknown as TagState;
}

import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { recordLocator } from '../../shared/locators/property';
import { resolveIds } from '../../shared/locators/read';
import { RECORD_KINDS } from '../../shared/records/kinds';

export const savedResponseLocator = recordLocator({
	name: 'savedResponse',
	displayName: 'Saved Response',
	kind: RECORD_KINDS.savedResponse,
	byText: 'name',
	description: 'The saved response, picked from the list, by ID, or by its title',
});

/** The saved response picker of every operation on one saved response. */
export const savedResponseSharedFields: INodeProperties[] = [
	{ ...savedResponseLocator, displayOptions: showFor('savedResponse', ['get', 'update', 'delete']) },
];

/** preSend: the picked saved response's ID into `/savedResponses/{savedResponse}`. */
export const savedResponseId = resolveIds([{ parameter: 'savedResponse', kind: RECORD_KINDS.savedResponse }], '/savedResponses/{savedResponse}');

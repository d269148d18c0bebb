import { legacyResource } from '../../shared/descriptions';
import type { INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { unwrapList } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';
import { takeLimit } from '../../shared/routing/subLists';
import { contactTagAddFields } from './add';
import { prepareAdd, prepareRemove, reportAdd, reportRemove } from './association';
import { contactTagGetAllFields } from './getAll';

const contactId = resolveIds([{ parameter: 'contactTagContact', kind: RECORD_KINDS.contact }], '/contacts/{contactTagContact}/contactTags');

export const contactTagDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contactTag'] } },
		options: [
			{
				name: 'Add',
				value: 'add',
				action: 'Add a tag to a contact',
				description:
					'Give a contact a tag (by name or ID; optionally create the tag). Adding a tag the contact already has returns the existing one with alreadyTagged true.',
				routing: singleRoute({ method: 'POST', url: '/contactTags' }, { preSend: [prepareAdd], postReceive: [reportAdd] }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many tags of a contact',
				description: 'List the tags a contact has (the contact-tag associations, with the tag ID in "tag")',
				routing: singleRoute(
					{ method: 'GET', url: '/contacts/{contactTagContact}/contactTags' },
					{ preSend: [contactId], postReceive: [unwrapList('contactTags'), takeLimit()] },
				),
			},
			{
				name: 'Remove',
				value: 'remove',
				action: 'Remove a tag from a contact',
				description: 'Take a tag off a contact; when the contact does not have it, says so (removed false) without failing',
				routing: singleRoute({ method: 'DELETE', url: '/contactTags/{contactTag}' }, { preSend: [prepareRemove], postReceive: [reportRemove] }),
			},
		],
		default: 'add',
	},
	...contactTagAddFields,
	...contactTagGetAllFields,
	simplifyOption('contactTag', ['add', 'getAll']),
];

/** Until this resource has one file per operation. */
export const contactTag = legacyResource('Contact Tag', 'contactTag', 'Tags given to contacts', contactTagDescription);

import type { INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { confirmDeleted, unwrapList, unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, singleRoute } from '../../shared/routing/routes';
import { tagCreateFields } from './create';
import { tagGetFields } from './get';
import { tagGetAllFields } from './getAll';
import { tagUpdateFields } from './update';

const tagId = resolveIds([{ parameter: 'tag', kind: RECORD_KINDS.tag }], '/tags/{tag}');

export const tagDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['tag'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a tag',
				description: 'Create a tag that contacts can be given',
				routing: singleRoute({ method: 'POST', url: '/tags' }, { postReceive: [unwrapRecord('tag')] }),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a tag',
				description: 'Delete a tag; contacts lose it',
				routing: singleRoute({ method: 'DELETE', url: '/tags/{tag}' }, { preSend: [tagId], postReceive: [confirmDeleted('tag', 'tag')] }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a tag',
				description: 'Get a tag by name or ID',
				routing: singleRoute({ method: 'GET', url: '/tags/{tag}' }, { preSend: [tagId], postReceive: [unwrapRecord('tag')] }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many tags',
				description: 'List tags, optionally those whose name contains a text',
				routing: listRoute({ method: 'GET', url: '/tags' }, { postReceive: [unwrapList('tags')] }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a tag',
				description: "Rename a tag or change its description",
				routing: singleRoute({ method: 'PUT', url: '/tags/{tag}' }, { preSend: [tagId], postReceive: [unwrapRecord('tag')] }),
			},
		],
		default: 'getAll',
	},
	...tagCreateFields,
	...tagGetFields,
	...tagGetAllFields,
	...tagUpdateFields,
	simplifyOption('tag', ['create', 'get', 'getAll', 'update']),
];

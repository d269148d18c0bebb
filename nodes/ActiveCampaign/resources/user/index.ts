import { legacyResource } from '../../shared/descriptions';
import type { INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { unwrapList, unwrapRecord } from '../../shared/output';
import { listRoute, singleRoute } from '../../shared/routing/routes';
import { userGetFields, userPath } from './get';
import { userGetAllFields } from './getAll';

export const userDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['user'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a user',
				description: 'Get an ActiveCampaign user (team member) by ID, email address or username',
				routing: singleRoute({ method: 'GET', url: '/users/{user}' }, { preSend: [userPath], postReceive: [unwrapRecord('user')] }),
			},
			{
				name: 'Get Current User',
				value: 'getMe',
				action: 'Get the current user',
				description: 'Get the user whose API token the credential uses',
				routing: singleRoute({ method: 'GET', url: '/users/me' }, { postReceive: [unwrapRecord('user')] }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many users',
				description: 'List the users (team members) of the account',
				routing: listRoute({ method: 'GET', url: '/users' }, { postReceive: [unwrapList('users')] }),
			},
		],
		default: 'getMe',
	},
	...userGetFields,
	...userGetAllFields,
	simplifyOption('user', ['get', 'getMe', 'getAll']),
];

/** Until this resource has one file per operation. */
export const user = legacyResource('User', 'user', 'Users (team members) of the ActiveCampaign account', userDescription);

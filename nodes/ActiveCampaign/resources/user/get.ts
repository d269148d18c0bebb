import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeParameterResourceLocator } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { failItem } from '../../shared/errors/failItem';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';

/** GET /users/{id}, /users/email/{email} or /users/username/{username}, by the locator's mode. */
async function userPath(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const raw = this.getNodeParameter('user', '') as INodeParameterResourceLocator | string | number;
	const locator = typeof raw === 'object' && raw !== null ? raw : { mode: 'auto', value: String(raw) };
	const value = String(locator.value ?? '').trim();
	if (!value) failItem(this, 'The user is required', 'Choose a user in the field "User".');
	const mode = String(locator.mode);
	if (mode === 'email' || (mode !== 'name' && mode !== 'id' && value.includes('@'))) {
		requestOptions.url = `/users/email/${encodeURIComponent(value)}`;
	} else if (mode === 'name' || !/^\d+$/.test(value)) {
		requestOptions.url = `/users/username/${encodeURIComponent(value)}`;
	} else {
		requestOptions.url = `/users/${value}`;
	}
	return requestOptions;
}

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a user',
		description: 'Get an ActiveCampaign user (team member) by ID, email address or username',
		routing: singleRoute({ method: 'GET', url: '/users/{user}' }, { preSend: [userPath], postReceive: [unwrapRecord('user')] }),
	},
	fields: [
		{
			displayName: 'User',
			name: 'user',
			type: 'resourceLocator',
			default: { mode: 'list', value: '' },
			required: true,
			description: 'The user, picked from the list, by ID, by email address or by username',
			modes: [
				{
					displayName: 'From List',
					name: 'list',
					type: 'list',
					typeOptions: { searchListMethod: 'searchUsers', searchable: true },
				},
				{
					displayName: 'By ID',
					name: 'id',
					type: 'string',
					placeholder: 'e.g. 1',
					validation: [
						{ type: 'regex', properties: { regex: '^\\s*\\d+\\s*$', errorMessage: 'Not a valid user ID (a number)' } },
					],
				},
				{ displayName: 'By Email', name: 'email', type: 'string', placeholder: 'e.g. jane@example.com' },
				{ displayName: 'By Username', name: 'name', type: 'string', placeholder: 'e.g. jane' },
			],
		},
	],
	simplify: true,
};

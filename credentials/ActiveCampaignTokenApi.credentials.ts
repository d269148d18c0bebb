import type {
	IAuthenticateGeneric,
	IAuthenticateRuleResponseCode,
	IAuthenticateRuleResponseSuccessBody,
	ICredentialTestRequest,
	ICredentialType,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import { API_BASE_URL_EXPRESSION } from '../nodes/ActiveCampaign/shared/transport/apiUrl';

const REDIRECT_MESSAGE =
	'This address redirects elsewhere, so it is not the API URL. Copy the URL shown in ActiveCampaign under Settings > Developer (e.g. https://youraccount.api-us1.com) and make sure it starts with https://.';

const NOT_THE_API_MESSAGE =
	'This address answered, but not like the ActiveCampaign API. Use the API URL from Settings > Developer (e.g. https://youraccount.api-us1.com).';

export class ActiveCampaignTokenApi implements ICredentialType {
	name = 'activeCampaignTokenApi';

	displayName = 'ActiveCampaign (Community) API';

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-activecampaign';

	icon: Icon = { light: 'file:../icons/activecampaign.svg', dark: 'file:../icons/activecampaign.dark.svg' };

	properties: INodeProperties[] = [
		{
			displayName: 'API URL',
			name: 'url',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://youraccount.api-us1.com',
			description:
				'The URL under Settings > Developer in ActiveCampaign (not the address of the app you log in to). A trailing "/" or "/api/3" is fine; only the address of the account is used.',
		},
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'In ActiveCampaign: Settings (bottom left) > Developer > "Key", under "API Access". It acts with the permissions of its user.',
		},
		{
			displayName: 'Event Tracking Account ID',
			name: 'eventTrackingAccountId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 1000123456',
			description:
				'Only for Event > Track. In ActiveCampaign: Settings > Tracking > Event Tracking (turn it on), the number shown as "actid".',
		},
		{
			displayName: 'Event Key',
			name: 'eventTrackingSecretKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Only for Event > Track. On the same page (Settings > Tracking > Event Tracking): the "Event Key".',
		},
		{
			// The event-tracking endpoint; tests point it at the sandbox. Not shown to users.
			displayName: 'Event Tracking URL',
			name: 'eventTrackingUrl',
			type: 'hidden',
			default: 'https://trackcmp.net',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { 'Api-Token': '={{$credentials.apiToken}}' } },
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: API_BASE_URL_EXPRESSION,
			url: '/users/me',
			method: 'GET',
			disableFollowRedirect: true,
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'ActiveCampaign rejected the API token. Copy the key again from Settings > Developer (it belongs to one user and stops working if that user is removed).',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'ActiveCampaign rejected the API token. Copy the key again from Settings > Developer.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message:
						'No ActiveCampaign API answers at this address. Use the API URL from Settings > Developer (e.g. https://youraccount.api-us1.com), not the address of a page of the app.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 402,
					message: 'ActiveCampaign says the account has a billing problem (402). Settle it in the account, then try again.',
				},
			},
			{ type: 'responseCode', properties: { value: 301, message: REDIRECT_MESSAGE } },
			{ type: 'responseCode', properties: { value: 302, message: REDIRECT_MESSAGE } },
			{ type: 'responseCode', properties: { value: 307, message: REDIRECT_MESSAGE } },
			{ type: 'responseCode', properties: { value: 308, message: REDIRECT_MESSAGE } },
			// n8n's credential tester checks responseCode rules on failures and responseSuccessBody rules on
			// success from the same list; the declared type only allows one kind per list.
			{ type: 'responseSuccessBody', properties: { key: 'user.id', value: undefined, message: NOT_THE_API_MESSAGE } },
		] as Array<IAuthenticateRuleResponseCode | IAuthenticateRuleResponseSuccessBody> as IAuthenticateRuleResponseCode[],
	};
}

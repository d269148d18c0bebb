import type { INodeProperties } from 'n8n-workflow';

import { dealCustomFieldsParameter } from '../../shared/customFields/deal';
import { showFor } from '../../shared/descriptions';
import { userLocator } from '../../shared/locators/property';
import { accountLocator } from '../account/shared';
import { dealSettingFields as settings } from './settingFields';
import { contactLocator, pipelineLocator, stageLocator } from './shared';

const show = showFor('deal', ['create']);

export const dealCreateFields: INodeProperties[] = [
	{ ...settings.title, name: 'dealTitle', required: true, placeholder: 'e.g. Website redesign', displayOptions: show },
	{
		...contactLocator('dealContact', false, "The deal's primary contact, by ID or email. A deal needs a contact or an account."),
		displayOptions: show,
	},
	{
		...settings.value,
		required: true,
		description: "The deal's value as an amount in its currency, e.g. 1500.50 (sent to ActiveCampaign in cents)",
		displayOptions: show,
	},
	{ ...settings.currency, description: "The deal's currency", displayOptions: show },
	{ ...pipelineLocator('dealPipeline'), displayOptions: show },
	{
		...stageLocator('dealStage', false, "A stage of the chosen pipeline; when empty, the pipeline's first stage"),
		displayOptions: show,
	},
	{
		displayName: 'Additional Fields',
		name: 'dealAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: [
			{ ...accountLocator, required: false },
			settings.description,
			userLocator('owner', 'Owner', "The user who owns the deal, by username, email or full name. Required unless the pipeline assigns owners automatically."),
			{ ...settings.percent, description: 'The chance of winning the deal, 0-100' },
			settings.status,
		],
	},
	{ ...dealCustomFieldsParameter(), name: 'dealCustomFields', displayOptions: show },
];

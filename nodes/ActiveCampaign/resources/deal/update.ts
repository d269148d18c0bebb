import type { INodeProperties } from 'n8n-workflow';

import { dealCustomFieldsParameter } from '../../shared/customFields/deal';
import { showFor } from '../../shared/descriptions';
import { userLocator } from '../../shared/locators/property';
import { accountLocator } from '../account/shared';
import { dealSettingFields as settings } from './settingFields';
import { contactLocator, pipelineLocator, stageLocator } from './shared';

const show = showFor('deal', ['update']);

export const dealUpdateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'dealUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: [
			{ ...accountLocator, required: false },
			contactLocator('contact', false, "The deal's primary contact, by ID or email"),
			settings.currency,
			settings.description,
			userLocator('owner', 'Owner', 'The user who owns the deal, by username, email or full name'),
			pipelineLocator('pipeline', false),
			settings.percent,
			stageLocator('stage', false, "A stage of the deal's pipeline (or of the new pipeline when it is changed too)"),
			settings.status,
			settings.title,
			{ ...settings.value, description: 'The new value as an amount, e.g. 1500.50 (sent in cents)' },
			dealCustomFieldsParameter(),
		],
	},
];

import { dealCustomFieldsParameter, setDealCustomFields } from '../../shared/customFields/deal';
import type { OperationDefinition } from '../../shared/descriptions';
import { userLocator } from '../../shared/locators/property';
import { dealFieldTitles } from '../../shared/output/fieldTitles';
import { singleRoute } from '../../shared/routing/routes';
import { accountLocator } from '../account/shared';
import { pipelineLocator } from '../pipeline/shared';
import { stageLocator } from '../stage/shared';
import { contactLocator, dealId, dealRelations, dealSettingFields as settings, oneDeal } from './shared';

export const update: OperationDefinition = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a deal',
		description: 'Change the title, value, stage, owner, contact or custom fields of a deal',
		routing: singleRoute(
			{ method: 'PUT', url: '/deals/{deal}' },
			{
				preSend: [dealId, dealRelations('update'), setDealCustomFields('dealUpdateFields.customFields'), dealFieldTitles('dealUpdateFields.customFields')],
				postReceive: oneDeal,
			},
		),
	},
	fields: [
		{
			displayName: 'Update Fields',
			name: 'dealUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
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
	],
	simplify: true,
};

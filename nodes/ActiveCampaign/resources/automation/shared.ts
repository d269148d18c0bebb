import { recordLocator } from '../../shared/locators/property';
import { RECORD_KINDS } from '../../shared/records/kinds';

/** The automation picker: Automation > Get, and the automation filter or choice of Campaign and Contact Automation. */
export const automationLocator = recordLocator({
	name: 'automation',
	displayName: 'Automation',
	kind: RECORD_KINDS.automation,
	searchListMethod: 'searchAutomations',
	byText: 'name',
	description: 'The automation, picked from the list, by ID, or by its name',
});

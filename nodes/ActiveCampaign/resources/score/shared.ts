import { recordLocator } from '../../shared/locators/property';
import { RECORD_KINDS } from '../../shared/records/kinds';

/** The lead score picker of Lead Score > Get. */
export const scoreLocator = recordLocator({
	name: 'score',
	displayName: 'Lead Score',
	kind: RECORD_KINDS.score,
	byText: 'name',
	description: 'The lead score, picked from the list, by ID, or by its name',
});

import { recordLocator } from '../../shared/locators/property';
import { resolveIds } from '../../shared/locators/read';
import { RECORD_KINDS } from '../../shared/records/kinds';

/** The user group picker of User Group > Get. */
export const userGroupLocator = recordLocator({
	name: 'userGroup',
	displayName: 'User Group',
	kind: RECORD_KINDS.group,
	byText: 'name',
	description: 'The user group, picked from the list, by ID, or by its title',
});

/** preSend: the picked group's ID into `/groups/{userGroup}`. */
export const userGroupId = resolveIds([{ parameter: 'userGroup', kind: RECORD_KINDS.group }], '/groups/{userGroup}');

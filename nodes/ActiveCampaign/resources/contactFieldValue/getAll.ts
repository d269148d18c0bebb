import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { unwrapList } from '../../shared/output';
import { contactFieldTitles } from '../../shared/output/fieldTitles';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';
import { takeLimit } from '../../shared/routing/subLists';

const contactId = resolveIds([{ parameter: 'contactFieldValueContact', kind: RECORD_KINDS.contact }], '/contacts/{contactFieldValueContact}/fieldValues');

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many custom field values of a contact',
		description: 'List the custom field values of a contact',
		routing: singleRoute(
			{ method: 'GET', url: '/contacts/{contactFieldValueContact}/fieldValues' },
			{ preSend: [contactId, contactFieldTitles()], postReceive: [unwrapList('fieldValues'), takeLimit()] },
		),
	},
	fields: returnAllAndLimit('contactFieldValue', 'getAll'),
	simplify: true,
};

import { ACCOUNT_CUSTOM_FIELDS, CONTACT_CUSTOM_FIELDS, loadCustomFieldOptions } from '../shared/customFields/values';
import { getDealCustomFields } from '../shared/customFields/deal';
import { getCustomObjectFields, getCustomObjectRelationships } from '../resources/customObjectRecord/shared';
import { loadRecordOptions } from '../shared/records/loadOptions';
import { RECORD_KINDS } from '../shared/records/kinds';

/** Methods behind `options`/`multiOptions` parameters (typeOptions.loadOptionsMethod): one line each. */
export const loadOptions = {
	getAccountCustomFields: loadCustomFieldOptions(ACCOUNT_CUSTOM_FIELDS),
	getContactCustomFields: loadCustomFieldOptions(CONTACT_CUSTOM_FIELDS),
	getLists: loadRecordOptions(RECORD_KINDS.list),
	getDealCustomFields,
	getCustomObjectFields,
	getCustomObjectRelationships,
};

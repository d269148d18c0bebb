import { ACCOUNT_CUSTOM_FIELDS, CONTACT_CUSTOM_FIELDS, loadCustomFieldOptions } from '../shared/customFieldValues';
import { getDealCustomFields } from '../shared/dealCustomFields';
import { loadRecordOptions } from '../shared/recordOptions';
import { RECORD_KINDS } from '../shared/recordKinds';

/** Methods behind `options`/`multiOptions` parameters (typeOptions.loadOptionsMethod): one line each. */
export const loadOptions = {
	getAccountCustomFields: loadCustomFieldOptions(ACCOUNT_CUSTOM_FIELDS),
	getContactCustomFields: loadCustomFieldOptions(CONTACT_CUSTOM_FIELDS),
	getLists: loadRecordOptions(RECORD_KINDS.list),
	getDealCustomFields,
};

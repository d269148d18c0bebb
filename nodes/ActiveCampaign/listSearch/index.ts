import { searchRecords } from '../shared/locators/resolve';
import { searchStages } from '../shared/pipelines';
import { RECORD_KINDS } from '../shared/records/kinds';

/** Methods behind the "From List" mode of record pickers. */
export const listSearch = {
	searchContacts: searchRecords(RECORD_KINDS.contact),
	searchLists: searchRecords(RECORD_KINDS.list),
	searchTags: searchRecords(RECORD_KINDS.tag),
	searchContactFields: searchRecords(RECORD_KINDS.field),
	// part 2
	searchAutomations: searchRecords(RECORD_KINDS.automation),
	searchCampaigns: searchRecords(RECORD_KINDS.campaign),
	searchDealCustomFields: searchRecords(RECORD_KINDS.dealCustomField),
	searchDeals: searchRecords(RECORD_KINDS.deal),
	searchEcommerceConnections: searchRecords(RECORD_KINDS.ecommerceConnection),
	searchEcommerceCustomers: searchRecords(RECORD_KINDS.ecommerceCustomer),
	searchEcommerceOrderProducts: searchRecords(RECORD_KINDS.ecommerceOrderProduct),
	searchEcommerceOrders: searchRecords(RECORD_KINDS.ecommerceOrder),
	searchMessages: searchRecords(RECORD_KINDS.message),
	searchNotes: searchRecords(RECORD_KINDS.note),
	searchPipelines: searchRecords(RECORD_KINDS.pipeline),
	searchStages,
	searchTasks: searchRecords(RECORD_KINDS.task),
	searchTaskTypes: searchRecords(RECORD_KINDS.taskType),
	searchWebhooks: searchRecords(RECORD_KINDS.webhook),
	searchUsers: searchRecords(RECORD_KINDS.user),
	searchAccounts: searchRecords(RECORD_KINDS.account),
};

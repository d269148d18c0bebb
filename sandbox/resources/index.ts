/** Assemble the /api/3 router from the resource modules. */
import { Router } from './router';
import { mountAccounts } from './resources/accounts';
import { mountAutomations } from './resources/automations';
import { mountCampaigns } from './resources/campaigns';
import { mountContactLists } from './resources/contactLists';
import { mountContacts } from './resources/contacts';
import { mountCustomFields } from './resources/customFields';
import { mountDeals } from './resources/deals';
import { mountEcommerce } from './resources/ecommerce';
import { mountFields } from './resources/fields';
import { mountForms } from './resources/forms';
import { mountImports } from './resources/imports';
import { mountLists } from './resources/lists';
import { mountMisc } from './resources/misc';
import { mountNotes } from './resources/notes';
import { mountPipelines } from './resources/pipelines';
import { mountTags } from './resources/tags';
import { mountTasks } from './resources/tasks';
import { mountUsers } from './resources/users';
import { mountWebhooksApi } from './resources/webhooksApi';

export function buildRouter(): Router {
	const router = new Router();
	mountUsers(router);
	mountContacts(router);
	mountContactLists(router);
	mountFields(router);
	mountLists(router);
	mountTags(router);
	mountAccounts(router);
	mountDeals(router);
	mountPipelines(router);
	mountCustomFields(router);
	mountNotes(router);
	mountTasks(router);
	mountCampaigns(router);
	mountAutomations(router);
	mountWebhooksApi(router);
	mountEcommerce(router);
	mountImports(router);
	mountForms(router);
	mountMisc(router);
	return router;
}

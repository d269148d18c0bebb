/** The /api/3 router: every endpoint group below mounted on one Router. */
import { Router } from '../router';
import { mountAccounts } from './accounts';
import { mountAccountSettings } from './accountSettings';
import { mountAutomations } from './automations';
import { mountBulkImport } from './bulkImport';
import { mountCampaigns } from './campaigns';
import { mountContactFields } from './contactFields';
import { mountContactLists } from './contactLists';
import { mountContacts } from './contacts';
import { mountCustomObjects } from './customObjects';
import { mountDealAndAccountFields } from './dealAndAccountFields';
import { mountDeals } from './deals';
import { mountEcommerce } from './ecommerce';
import { mountForms } from './forms';
import { mountLists } from './lists';
import { mountNotes } from './notes';
import { mountPipelines } from './pipelines';
import { mountScoresAndSegments } from './scoresAndSegments';
import { mountTags } from './tags';
import { mountTasks } from './tasks';
import { mountUsers } from './users';
import { mountWebhooks } from './webhooks';

export function buildRouter(): Router {
	const router = new Router();
	mountUsers(router);
	mountContacts(router);
	mountContactLists(router);
	mountContactFields(router);
	mountLists(router);
	mountTags(router);
	mountAccounts(router);
	mountDeals(router);
	mountPipelines(router);
	mountDealAndAccountFields(router);
	mountNotes(router);
	mountTasks(router);
	mountCampaigns(router);
	mountAutomations(router);
	mountWebhooks(router);
	mountEcommerce(router);
	mountBulkImport(router);
	mountForms(router);
	mountScoresAndSegments(router);
	mountCustomObjects(router);
	mountAccountSettings(router);
	return router;
}

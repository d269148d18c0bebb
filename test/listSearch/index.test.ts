import { pickerContext, pickerMethods } from '../helpers/loadOptions';
import { rl } from '../helpers/requests';
import { useSandbox } from '../helpers/sandbox';

/** The "From List" mode of record pickers (nodes/ActiveCampaign/listSearch). */
describe('listSearch', () => {
	const ac = useSandbox();
	const { listSearch } = pickerMethods();

	it('the stage picker lists the stages of the chosen pipeline (by ID or by name)', async () => {
		const byId = await listSearch.searchStages.call(pickerContext(ac, { dealPipeline: rl('2', 'list') }));
		expect(byId.results).toEqual([
			{ name: 'To Contact', value: '5' },
			{ name: 'In Contact', value: '6' },
			{ name: 'Follow Up', value: '7' },
		]);
		const byName = await listSearch.searchStages.call(pickerContext(ac, { dealFilters: { pipeline: rl('Sales Pipeline', 'name') } }), 'nego');
		expect(byName.results).toEqual([{ name: 'Negotiation', value: '4' }]);
		const onUpdate = await listSearch.searchStages.call(pickerContext(ac, { dealUpdateFields: { pipeline: rl('2', 'id') } }));
		expect(onUpdate.results.map((stage) => stage.value)).toEqual(['5', '6', '7']);
	});

	it("on moveToStage it lists the deal's pipeline stages; with no pipeline, all stages with their pipeline", async () => {
		const ofDeal = await listSearch.searchStages.call(pickerContext(ac, { deal: rl('3') }));
		expect(ofDeal.results.map((stage) => stage.value)).toEqual(['5', '6', '7']);
		const all = await listSearch.searchStages.call(pickerContext(ac, {}), 'to contact');
		expect(all.results).toEqual([
			{ name: 'To Contact (Sales Pipeline)', value: '1' },
			{ name: 'To Contact (Partnerships)', value: '5' },
		]);
	});

	it('users and task types', async () => {
		const users = await listSearch.searchUsers.call(pickerContext(ac, {}), 'alice');
		expect(users.results).toEqual([{ name: 'Alice Smith - alice.smith@sandbox.example.com', value: '3' }]);
		const types = await listSearch.searchTaskTypes.call(pickerContext(ac, {}));
		expect(types.results.map((type) => type.name)).toEqual(['Call', 'Email', 'Lunch', 'Meeting']);
	});
});

// n8n loads this package through the `n8n` block of package.json; this entry point only lists what it ships.
module.exports = {
	credentials: ['dist/credentials/ActiveCampaignTokenApi.credentials.js'],
	nodes: [
		'dist/nodes/ActiveCampaign/ActiveCampaign.node.js',
		'dist/nodes/ActiveCampaignTrigger/ActiveCampaignTrigger.node.js',
		'dist/nodes/ActiveCampaignPollingTrigger/ActiveCampaignPollingTrigger.node.js',
	],
};

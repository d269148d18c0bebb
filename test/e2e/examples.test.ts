/**
 * Every workflow in examples/ is imported into the real n8n (as `npm run dev` does), run against a seeded
 * sandbox, and its output and its effect on the account are asserted. Trigger nodes are started with a sample
 * event, the way the editor runs a workflow from a trigger with pinned data.
 */
import { loadExamples } from '../../scripts/n8n/dev';
import { executionError, nodeOutput, sandboxWithCredential, CREDENTIAL_TYPE, type Execution, type SandboxWithCredential } from './helpers';

interface Contact {
	id: string;
	email: string;
	firstName?: string;
	lastName?: string;
}

interface Spec {
	/** Sample trigger output (omit to execute the trigger node itself, e.g. a Schedule Trigger). */
	prepare(env: SandboxWithCredential): Promise<{ triggerData?: Array<Record<string, unknown>>; context?: Record<string, unknown> }>;
	verify(env: SandboxWithCredential, exec: Execution, context: Record<string, unknown>): Promise<void>;
}

async function contactByEmail(env: SandboxWithCredential, email: string): Promise<Contact> {
	const { contacts } = await env.acApi<{ contacts: Contact[] }>('GET', `/contacts?email=${encodeURIComponent(email)}`);
	expect(contacts).toHaveLength(1);
	return contacts[0];
}

async function tagNamesOf(env: SandboxWithCredential, contactId: string): Promise<string[]> {
	const { contactTags } = await env.acApi<{ contactTags: Array<{ tag: string }> }>('GET', `/contacts/${contactId}/contactTags`);
	const { tags } = await env.acApi<{ tags: Array<{ id: string; tag: string }> }>('GET', '/tags?limit=100');
	return contactTags.map((ct) => tags.find((t) => String(t.id) === String(ct.tag))?.tag ?? `#${ct.tag}`);
}

const SPECS: Record<string, Spec> = {
	'1-new-subscriber-tag-and-automation.json': {
		async prepare(env) {
			const email = `new-subscriber-${Date.now()}@example.com`;
			const { contact } = await env.acApi<{ contact: Contact }>('POST', '/contacts', {
				contact: { email, firstName: 'Nora', lastName: 'New' },
			});
			// What the ActiveCampaign Trigger emits for a `subscribe` event.
			const item = {
				event: 'subscribe',
				source: 'public',
				initiatedBy: 'public',
				occurredAt: new Date().toISOString(),
				list: { id: '1' },
				contact: { id: String(contact.id), email, firstName: 'Nora', lastName: 'New', tags: [] },
			};
			return { triggerData: [item], context: { contactId: String(contact.id) } };
		},
		async verify(env, exec, ctx) {
			const contactId = ctx.contactId as string;
			const tagged = nodeOutput(exec, 'Tag as newsletter subscriber');
			expect(tagged).toHaveLength(1);
			const enrolled = nodeOutput(exec, 'Enrol in Welcome Series');
			expect(enrolled).toHaveLength(1);
			expect(enrolled[0]).toEqual(expect.objectContaining({ alreadyEnrolled: false }));
			expect(await tagNamesOf(env, contactId)).toContain('newsletter');
			const { contactAutomations } = await env.acApi<{ contactAutomations: Array<{ seriesid: string; automation?: string }> }>(
				'GET',
				`/contacts/${contactId}/contactAutomations`,
			);
			const { automations } = await env.acApi<{ automations: Array<{ id: string; name: string }> }>('GET', '/automations');
			const welcome = automations.find((a) => a.name === 'Welcome Series')!;
			expect(contactAutomations.map((c) => String(c.seriesid ?? c.automation))).toContain(String(welcome.id));
		},
	},

	'2-deal-won-note-and-tag.json': {
		async prepare(env) {
			const { deal } = await env.acApi<{ deal: { id: string; title: string; contact: string; value: string; currency: string } }>(
				'GET',
				'/deals/1',
			);
			await env.acApi('PUT', '/deals/1', { deal: { status: 1 } });
			const item = {
				event: 'deal_update',
				source: 'admin',
				initiatedBy: 'admin',
				occurredAt: new Date().toISOString(),
				updatedFields: ['status'],
				deal: {
					id: String(deal.id),
					title: deal.title,
					value: String(deal.value),
					valueAmount: Number(deal.value) / 100,
					currency: deal.currency,
					status: 1,
					statusLabel: 'won',
					contactId: String(deal.contact),
				},
			};
			return { triggerData: [item], context: { dealId: String(deal.id), contactId: String(deal.contact), title: deal.title } };
		},
		async verify(env, exec, ctx) {
			const notes = nodeOutput(exec, 'Add a note to the deal');
			expect(notes).toHaveLength(1);
			const { notes: dealNotes } = await env.acApi<{ notes: Array<{ note: string }> }>('GET', `/deals/${ctx.dealId as string}/notes`);
			const won = dealNotes.find((n) => n.note.startsWith('Won on '));
			expect(won?.note).toContain(ctx.title as string);
			expect(nodeOutput(exec, 'Tag the contact as customer')).toHaveLength(1);
			expect(await tagNamesOf(env, ctx.contactId as string)).toContain('customer');
		},
	},

	'3-nightly-export-changed-contacts.json': {
		async prepare(env) {
			// Seeded contacts were last changed months ago: change two now.
			await env.acApi('PUT', '/contacts/3', { contact: { phone: '+1 555 0103' } });
			await env.acApi('PUT', '/contacts/5', { contact: { lastName: 'Changed' } });
			const emails = await Promise.all(
				['3', '5'].map(async (id) => (await env.acApi<{ contact: Contact }>('GET', `/contacts/${id}`)).contact.email),
			);
			return { context: { emails } };
		},
		async verify(_env, exec, ctx) {
			const emails = ctx.emails as string[];
			const changed = nodeOutput(exec, 'Contacts changed in the last 24 hours');
			expect(changed.map((c) => c.email)).toEqual(expect.arrayContaining(emails));
			const rows = nodeOutput(exec, 'Keep the export columns');
			expect(rows.length).toBe(changed.length);
			expect(Object.keys(rows[0]).sort()).toEqual(['email', 'firstName', 'id', 'lastName', 'phone', 'updated']);
			const run = exec.data!.resultData.runData['Write CSV'][0] as unknown as {
				data: { main: Array<Array<{ binary?: Record<string, { fileName?: string; mimeType?: string; fileSize?: string }> }>> };
			};
			const file = run.data.main[0][0].binary?.data;
			expect(file?.fileName).toMatch(/^changed-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
			expect(file?.mimeType).toBe('text/csv');
		},
	},

	'4-form-lead-to-deal.json': {
		async prepare() {
			const email = `lead-${Date.now()}@example.com`;
			// What the Form Trigger (v2.2) emits: one key per field label.
			const item = {
				Email: email,
				'First name': 'Lena',
				'Last name': 'Lead',
				'Company size': 42,
				Plan: 'Enterprise',
				submittedAt: new Date().toISOString(),
				formMode: 'production',
			};
			return { triggerData: [item], context: { email } };
		},
		async verify(env, exec, ctx) {
			const contact = await contactByEmail(env, ctx.email as string);
			expect(contact.firstName).toBe('Lena');
			const upserted = nodeOutput(exec, 'Create or update the contact');
			expect(upserted).toHaveLength(1);
			expect(String(upserted[0].id)).toBe(String(contact.id));
			// Custom fields set by name.
			const { fieldValues } = await env.acApi<{ fieldValues: Array<{ field: string; value: string }> }>(
				'GET',
				`/contacts/${contact.id}/fieldValues`,
			);
			const { fields } = await env.acApi<{ fields: Array<{ id: string; title: string }> }>('GET', '/fields?limit=100');
			const valueOf = (title: string) =>
				fieldValues.find((v) => String(v.field) === String(fields.find((f) => f.title === title)?.id))?.value;
			expect(valueOf('Company Size')).toBe('42');
			expect(valueOf('Plan')).toBe('Enterprise');
			// The deal, in the named pipeline and stage, for that contact.
			const deals = nodeOutput(exec, 'Create a deal in Sales Pipeline');
			expect(deals).toHaveLength(1);
			const { deal } = await env.acApi<{ deal: { id: string; title: string; contact: string; group: string; stage: string; value: string } }>(
				'GET',
				`/deals/${String(deals[0].id)}`,
			);
			expect(deal.title).toBe('Demo request: Lena Lead (Enterprise)');
			expect(String(deal.contact)).toBe(String(contact.id));
			expect(String(deal.value)).toBe('1200000');
			const { dealGroups } = await env.acApi<{ dealGroups: Array<{ id: string; title: string }> }>('GET', '/dealGroups');
			const { dealStages } = await env.acApi<{ dealStages: Array<{ id: string; title: string; group: string }> }>(
				'GET',
				'/dealStages?limit=100',
			);
			const pipeline = dealGroups.find((g) => g.title === 'Sales Pipeline')!;
			const stage = dealStages.find((s) => s.title === 'To Contact' && String(s.group) === String(pipeline.id))!;
			expect(String(deal.group)).toBe(String(pipeline.id));
			expect(String(deal.stage)).toBe(String(stage.id));
		},
	},

	'5-import-lead-list.json': {
		async prepare(env) {
			env.sandbox.requests.length = 0;
			return {};
		},
		async verify(env, exec) {
			const leads = nodeOutput(exec, 'One item per lead');
			const results = nodeOutput(exec, 'Create or update all leads');
			expect(leads).toHaveLength(12);
			expect(results).toHaveLength(12);
			// The invalid address fails its own item; the other eleven are imported in one request.
			const invalid = leads.findIndex((lead) => !String(lead.email).includes('@'));
			expect(String(results[invalid].error)).toContain(String(leads[invalid].email));
			const imports = env.sandbox.requests.filter((request) => request.method === 'POST' && request.path === '/api/3/import/bulk_import');
			expect(imports).toHaveLength(1);
			for (const [index, lead] of leads.entries()) {
				if (index === invalid) continue;
				const contact = await contactByEmail(env, String(lead.email));
				expect(results[index]).toEqual(expect.objectContaining({ id: String(contact.id), importedWith: 'bulk_import' }));
				expect(contact.firstName).toBe(lead.firstName);
				expect(await tagNamesOf(env, contact.id)).toContain('Imported lead');
			}
		},
	},
};

const examples = loadExamples();

describe('example workflows in n8n', () => {
	let env: SandboxWithCredential;
	beforeAll(async () => {
		env = await sandboxWithCredential();
	});
	afterAll(async () => {
		await env?.close();
	});

	it('has examples, each with a test here and no secrets inside', () => {
		expect(examples.length).toBeGreaterThanOrEqual(4);
		for (const { file, workflow } of examples) {
			expect(Object.keys(SPECS)).toContain(file);
			for (const node of workflow.nodes) {
				const ref = node.credentials?.[CREDENTIAL_TYPE];
				if (ref) expect(Object.keys(ref).sort()).toEqual(['id', 'name']);
			}
			expect(JSON.stringify(workflow)).not.toMatch(/apiToken|sandbox-token/);
		}
	});

	for (const { file, workflow } of examples) {
		it(`${file} runs successfully and does what it says`, async () => {
			const spec = SPECS[file];
			if (!spec) throw new Error(`no test for examples/${file}: add one to SPECS`);
			const wf = await env.n8n.importWorkflow(workflow, { credentials: { [CREDENTIAL_TYPE]: env.credential } });
			try {
				const { triggerData, context } = await spec.prepare(env);
				const trigger = workflow.nodes.find((n) => /trigger/i.test(n.type))!.name;
				const exec = await env.n8n.runWorkflow(wf.id, { trigger, triggerData });
				if (exec.status !== 'success') throw new Error(`execution ${exec.id} of ${file}: ${executionError(exec)}`);
				await spec.verify(env, exec, context ?? {});
			} finally {
				await env.n8n.deleteWorkflow(wf.id).catch(() => undefined);
			}
		});
	}
});

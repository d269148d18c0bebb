/**
 * The editor as a person uses it, in Chromium against a real n8n with this package and the sandbox (see stack.ts):
 * log in, add our node from the node list, Contact > Create or Update with a custom field picked from its dropdown,
 * then Contact Tag > Add with the tag picked from the "From list" search, execute, and read the output panel; the
 * trigger listens for a test event that the sandbox delivers; the credential's test with a wrong token shows our
 * message. Each step saves a screenshot (UI_SCREENSHOT_DIR, default .dev/ui-screenshots); `npm run screenshots`
 * (UI_README_SCREENSHOTS=1) also writes the four the README shows into docs/screenshots.
 *
 * Selectors are n8n's data-test-id attributes; labels come from the node's own source where they are ours, so a
 * reworded action does not break the test.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import type { Locator, Page } from 'playwright-core';

import { ActiveCampaignTokenApi } from '../../credentials/ActiveCampaignTokenApi.credentials';
import { upsert } from '../../nodes/ActiveCampaign/resources/contact/upsert';
import { add as addTag } from '../../nodes/ActiveCampaign/resources/contactTag/add';
import { PROJECT_ROOT } from '../../scripts/n8n/common';
import { CREDENTIAL_NAME, startUiStack, type UiStack } from './stack';

const SCREENSHOT_DIR = path.resolve(process.env.UI_SCREENSHOT_DIR ?? path.join(PROJECT_ROOT, '.dev', 'ui-screenshots'));
const README_SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'docs', 'screenshots');
const README_SHOTS = !!process.env.UI_README_SCREENSHOTS;

/** Our nodes in n8n's node list: the item's keyboard-navigation id starts with the node type. */
const OUR_ACTION_NODE_ITEM = '[data-test-id="item-iterator-item"][data-keyboard-nav-id^="n8n-nodes-activecampaign.activeCampaign-"]';

const CONTACT_EMAIL = 'ada.ui@example.com';
const CUSTOM_FIELD = 'Preferred Language';
const CUSTOM_FIELD_VALUE = 'German';
const TAG = 'vip';
const TRIGGER_EMAIL = 'grace.ui@example.com';

/** The connection test's message for a token ActiveCampaign rejects (403), as the credential declares it. */
const REJECTED_TOKEN_MESSAGE = (() => {
	const rules = new ActiveCampaignTokenApi().test.rules ?? [];
	const rule = rules.find((r) => r.type === 'responseCode' && r.properties.value === 403);
	if (!rule) throw new Error('the credential declares no message for 403');
	return rule.properties.message;
})();

const byTestId = (id: string) => `[data-test-id="${id}"]`;

describe('the editor in Chromium', () => {
	let stack: UiStack;
	let page: Page;

	/** Saves a screenshot of the page (or one element); with `readme`, also as docs/screenshots/<readme>.png. */
	async function shot(name: string, opts: { readme?: string; of?: Locator } = {}): Promise<void> {
		if (opts.readme) {
			// The README's pictures without the focused field's tip or the toasts of earlier steps.
			// A string: this file is compiled without the DOM's types.
			await page.evaluate('document.activeElement && document.activeElement.blur()');
			for (const close of await page.locator('.el-notification .el-notification__closeBtn:visible').all()) {
				await close.click().catch(() => undefined);
			}
			await page.waitForTimeout(400);
		}
		mkdirSync(SCREENSHOT_DIR, { recursive: true });
		const file = path.join(SCREENSHOT_DIR, `${name}.png`);
		if (opts.of) await opts.of.screenshot({ path: file });
		else await page.screenshot({ path: file });
		if (README_SHOTS && opts.readme) {
			mkdirSync(README_SCREENSHOT_DIR, { recursive: true });
			const readmeFile = path.join(README_SCREENSHOT_DIR, `${opts.readme}.png`);
			if (opts.of) await opts.of.screenshot({ path: readmeFile });
			else await page.screenshot({ path: readmeFile });
		}
	}

	/** Runs one step; when it fails, saves `failed-<name>.png` before the error goes on. */
	async function step(name: string, fn: () => Promise<void>): Promise<void> {
		try {
			await fn();
		} catch (err) {
			await shot(`failed-${name}`).catch(() => undefined);
			// The next step starts from the canvas.
			await page.locator(byTestId('ndv-close-button')).click({ timeout: 2_000 }).catch(() => undefined);
			throw err;
		}
	}

	const ndv = () => page.locator(byTestId('ndv'));
	const outputPanel = () => ndv().locator(byTestId('output-panel'));

	/** The items the output panel shows, read from its JSON view. */
	async function outputItems(): Promise<Array<Record<string, unknown>>> {
		await outputPanel().locator(byTestId('radio-button-json')).click();
		const container = outputPanel().locator(byTestId('ndv-data-container'));
		await container.getByText('[', { exact: true }).first().waitFor();
		// The JSON view puts each token on a line of its own, with non-breaking spaces.
		return JSON.parse((await container.innerText()).replace(/\s+/g, ' ')) as Array<Record<string, unknown>>;
	}

	/** Opens the node list (the canvas's "+"), searches "ActiveCampaign" and opens our node's actions. */
	async function openOurNodeInNodeList(screenshot?: { name: string; readme?: string }): Promise<void> {
		const search = page.locator(byTestId('node-creator-search-bar'));
		await search.waitFor();
		await search.fill('ActiveCampaign');
		const ours = page.locator(OUR_ACTION_NODE_ITEM);
		await ours.waitFor();
		if (screenshot) await shot(screenshot.name, { readme: screenshot.readme });
		await ours.click();
	}

	/** Clicks an action (or trigger) in our node's panel of the node list (the first one matching `label`). */
	async function pickAction(label: string | RegExp): Promise<void> {
		const creator = page.locator(byTestId('node-creator'));
		const item = creator
			.locator(byTestId('item-iterator-item'))
			.filter({ hasText: typeof label === 'string' ? new RegExp(`^${label}$`) : label })
			.first();
		const categories = creator.locator(byTestId('node-creator-category-item'));
		await categories.first().waitFor();
		await page.waitForTimeout(500);
		// Triggers and Actions are sections that may start collapsed; a collapsed one renders no items.
		for (let pass = 0; pass < 2 && !(await item.count()); pass++) {
			for (const category of await categories.all()) {
				await category.click();
				await page.waitForTimeout(300);
				if (await item.count()) break;
			}
		}
		await item.click();
		await ndv().waitFor();
	}

	/** The sandbox's API, as any client of the account would call it. */
	async function acApi<T>(method: string, urlPath: string, body?: unknown): Promise<T> {
		const res = await fetch(`${stack.sandbox.url}/api/3${urlPath}`, {
			method,
			headers: { 'Api-Token': stack.sandbox.token, accept: 'application/json', 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		if (!res.ok) throw new Error(`${method} /api/3${urlPath} -> ${res.status}: ${text}`);
		return JSON.parse(text) as T;
	}

	beforeAll(async () => {
		stack = await startUiStack();
		page = stack.page;
		page.setDefaultTimeout(30_000);
	}, 600_000);

	afterAll(async () => {
		await stack?.close();
	});

	it('logs in as the owner', async () => {
		await step('login', async () => {
			await page.goto(`${stack.n8n.baseUrl}/signin`);
			await page.locator(`${byTestId('emailOrLdapLoginId')} input`).fill(stack.owner.email);
			await page.locator(`${byTestId('password')} input`).fill(stack.owner.password);
			await shot('01-login');
			await page.locator(byTestId('form-submit-button')).click();
			await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
		});
	});

	it('adds our node from the node list and sets a custom field picked from its dropdown', async () => {
		await step('create-or-update', async () => {
			await page.goto(`${stack.n8n.baseUrl}/workflow/new`);
			// An action as the first step: the node list's own "+" (the canvas's asks for a trigger first).
			await page.locator(byTestId('node-creator-plus-button')).click();
			await openOurNodeInNodeList({ name: '02-node-list', readme: 'node-list' });
			await pickAction(upsert.option.action!);
			// n8n picks the only credential of the type by itself.
			const credential = ndv().locator(`${byTestId('node-credentials-select')} input`);
			await waitFor('the credential in the panel', async () => ((await credential.inputValue()) === CREDENTIAL_NAME ? true : undefined));

			await ndv().locator(`${byTestId('parameter-input-contactUpsertEmail')} input`).fill(CONTACT_EMAIL);
			const customFields = ndv().locator(byTestId('fixed-collection-contactCustomFields'));
			await customFields.locator(byTestId('fixed-collection-add')).click();
			// The row's "Field Name or ID" (a parameter named `field`) lists the account's fields by name.
			const option = page.locator(`${byTestId('parameter-input-item')}:visible`).filter({ hasText: CUSTOM_FIELD });
			await openDropdown(customFields.locator(`div${byTestId('parameter-input-field')} input`), option);
			await shot('03-custom-field-dropdown');
			await option.first().click();
			await customFields.locator(`${byTestId('parameter-input-value')} input`).fill(CUSTOM_FIELD_VALUE);
			const picked = customFields.locator(`div${byTestId('parameter-input-field')} input`);
			await waitFor(`"${CUSTOM_FIELD}" picked`, async () => ((await picked.inputValue()) === CUSTOM_FIELD ? true : undefined));
			await shot('04-create-or-update', { readme: 'operation' });
			await ndv().locator(byTestId('ndv-close-button')).click();
		});
	});

	it('adds Contact Tag > Add with the tag picked from the "From list" search', async () => {
		await step('tag-from-list', async () => {
			const upsertNode = page.locator(byTestId('canvas-node')).filter({ hasText: upsert.option.action! });
			await upsertNode.locator(byTestId('canvas-handle-plus')).click();
			await openOurNodeInNodeList();
			await pickAction(addTag.option.action!);

			const contact = ndv().locator(byTestId('resource-locator-contactTagContact'));
			await contact.locator(byTestId('rlc-mode-selector')).click();
			await page.locator(`${byTestId('mode-email')}:visible`).click();
			await contact.locator(byTestId('rlc-input')).fill(CONTACT_EMAIL);

			const tag = ndv().locator(byTestId('resource-locator-contactTagTag'));
			await tag.locator(byTestId('rlc-input')).click();
			const search = page.locator(`${byTestId('rlc-search')}:visible`);
			await search.fill(TAG);
			const item = page.locator(`${byTestId('rlc-item')}:visible`).filter({ hasText: new RegExp(`^${TAG}$`) });
			await item.waitFor();
			await shot('05-tag-from-list');
			await item.click();
			expect(await tag.locator(byTestId('rlc-input')).inputValue()).toBe(TAG);
			await ndv().locator(byTestId('ndv-close-button')).click();
		});
	});

	it('executes the workflow: the output panel shows the contact with the custom field, and the sandbox has both', async () => {
		await step('execute', async () => {
			await page.locator(byTestId('execute-workflow-button')).click();
			const tagNode = page.locator(byTestId('canvas-node')).filter({ hasText: addTag.option.action! });
			await tagNode.locator(byTestId('canvas-node-status-success')).waitFor({ timeout: 60_000 });
			await shot('06-executed');

			await page.locator(byTestId('canvas-node')).filter({ hasText: upsert.option.action! }).dblclick();
			await ndv().waitFor();
			const items = await outputItems();
			await shot('07-create-or-update-output', { readme: 'output' });
			expect(items).toHaveLength(1);
			// The simplified record: id first, created or not, the custom field under its name.
			expect(Object.keys(items[0])[0]).toBe('id');
			expect(items[0]).toEqual(
				expect.objectContaining({ email: CONTACT_EMAIL, created: true, customFields: expect.objectContaining({ [CUSTOM_FIELD]: CUSTOM_FIELD_VALUE }) }),
			);
			await ndv().locator(byTestId('ndv-close-button')).click();

			// What the editor's choices sent: the field's value and the tag, on the contact.
			const { contacts } = await acApi<{ contacts: Array<{ id: string }> }>('GET', `/contacts?email=${encodeURIComponent(CONTACT_EMAIL)}`);
			expect(contacts).toHaveLength(1);
			const { fieldValues } = await acApi<{ fieldValues: Array<{ field: string; value: string }> }>('GET', `/contacts/${contacts[0].id}/fieldValues`);
			const { fields } = await acApi<{ fields: Array<{ id: string; title: string }> }>('GET', '/fields?limit=100');
			const fieldId = fields.find((f) => f.title === CUSTOM_FIELD)?.id;
			expect(fieldValues).toEqual(expect.arrayContaining([expect.objectContaining({ field: fieldId, value: CUSTOM_FIELD_VALUE })]));
			const { contactTags } = await acApi<{ contactTags: Array<{ tag: string }> }>('GET', `/contacts/${contacts[0].id}/contactTags`);
			const { tags } = await acApi<{ tags: Array<{ id: string; tag: string }> }>('GET', `/tags?search=${TAG}`);
			const tagId = tags.find((t) => t.tag === TAG)?.id;
			expect(contactTags.map((t) => t.tag)).toContain(tagId);
		});
	});

	it('the trigger listens for a test event, and the sandbox delivers one: the output panel shows the nested item', async () => {
		await step('trigger', async () => {
			await page.goto(`${stack.n8n.baseUrl}/workflow/new`);
			await page.locator(byTestId('canvas-plus-button')).click();
			await openOurNodeInNodeList();
			// The first trigger: Trigger On's default (events, a webhook registered in the account).
			await pickAction(/^On /);

			const event = page.locator('.el-select-dropdown__item:visible').filter({ hasText: '(subscribe)' });
			await openDropdown(ndv().locator(byTestId('parameter-input-events')), event);
			await event.first().click();
			await page.keyboard.press('Escape');
			await expectText(ndv().locator(byTestId('parameter-input-events')), '(subscribe)');

			await ndv().locator(byTestId('node-execute-button')).click();
			await ndv().locator(byTestId('trigger-listening')).waitFor();
			// Listening registers a test webhook in the account; wait for it before causing the event.
			const webhookUrl = await waitFor('the test webhook in the sandbox', async () => {
				const { webhooks } = await acApi<{ webhooks: Array<{ url: string; events: string[] }> }>('GET', '/webhooks');
				return webhooks.find((w) => w.url.includes('/webhook-test/') && w.events.includes('subscribe'))?.url;
			});
			expect(webhookUrl.startsWith(`${stack.n8n.baseUrl}/`)).toBe(true);
			await shot('08-trigger-listening');

			await acApi('POST', '/contacts', { contact: { email: TRIGGER_EMAIL, firstName: 'Grace', lastName: 'Hopper' } });
			await outputPanel().locator(byTestId('radio-button-json')).waitFor({ timeout: 30_000 });
			const items = await outputItems();
			await shot('09-trigger-output', { readme: 'trigger-output' });
			expect(items).toHaveLength(1);
			expect(items[0]).toEqual(
				expect.objectContaining({
					event: 'subscribe',
					contact: expect.objectContaining({ email: TRIGGER_EMAIL, firstName: 'Grace', lastName: 'Hopper' }),
				}),
			);
			// Nested, not ActiveCampaign's flat form keys.
			expect(JSON.stringify(items)).not.toMatch(/contact\[/);
		});
	});

	it("the credential's connection test with a wrong token says the token was rejected", async () => {
		await step('credential', async () => {
			// The trigger's panel is still open: its credential's edit button opens the credential.
			await ndv().locator(byTestId('credential-edit-button')).click();
			const dialog = page.locator(byTestId('credential-edit-dialog'));
			await dialog.waitFor();
			await dialog.locator(`${byTestId('parameter-input-apiToken')} input`).fill('not-the-token');
			await page.locator(byTestId('credential-save-button')).click();
			await dialog.getByText('More details').click();
			await expectText(dialog.locator(byTestId('node-credentials-config-container')), REJECTED_TOKEN_MESSAGE);
			await shot('10-credential-wrong-token');
		});
	});

	/**
	 * Clicks a dropdown until `option` shows. Options that a loadOptions method fetches may take a while; a click
	 * that landed while the panel was still settling opens nothing, so it is repeated (never while a list is open).
	 */
	async function openDropdown(trigger: Locator, option: Locator): Promise<void> {
		const deadline = Date.now() + 60_000;
		for (;;) {
			if (!(await page.locator('.el-select-dropdown:visible').count())) await trigger.click();
			try {
				await option.first().waitFor({ timeout: 5_000 });
				return;
			} catch (err) {
				if (Date.now() > deadline) throw err;
			}
		}
	}

	/** Waits until the locator's text contains `text`. */
	async function expectText(locator: Locator, text: string): Promise<void> {
		await waitFor(`"${text}" in ${locator.toString()}`, async () => ((await locator.innerText()).includes(text) ? true : undefined), 15_000);
	}
});

/** Polls `fn` until it returns something other than undefined, or throws after `timeoutMs`. */
async function waitFor<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let last: unknown;
	for (;;) {
		try {
			const v = await fn();
			if (v !== undefined) return v;
		} catch (err) {
			last = err;
		}
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

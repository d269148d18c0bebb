/**
 * Users paste the API URL in many shapes: with a trailing `/`, with `/api/3`, without a scheme, or even the
 * address of the app (`https://acct.activehosted.com/app/contacts`), whose host also serves the API.
 * Only the scheme and host matter, so every shape is reduced to its origin.
 *
 * The same rule exists twice: as code (programmatic requests) and as an n8n expression (the declarative
 * request defaults and the credential test, which n8n evaluates itself). A test keeps them in agreement.
 */
export const CREDENTIAL_TYPE = 'activeCampaignTokenApi';

export function normalizeApiOrigin(rawUrl: string): string {
	const trimmed = String(rawUrl ?? '').trim();
	const withScheme = /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
	return withScheme.replace(/^(https?:\/\/[^/?#]+).*$/i, '$1');
}

export function apiBaseUrl(rawUrl: string): string {
	return `${normalizeApiOrigin(rawUrl)}/api/3`;
}

export const API_BASE_URL_EXPRESSION =
	'={{ (/^https?:\\/\\//i.test(String($credentials.url).trim()) ? String($credentials.url).trim() : "https://" + String($credentials.url).trim()).replace(/^(https?:\\/\\/[^/?#]+).*$/i, "$1") + "/api/3" }}';

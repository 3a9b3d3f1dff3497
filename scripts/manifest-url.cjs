// The manifest is written against the dev server. A production build points it at the URL the
// task pane is deployed to (RIGHTS_MATRIX_URL, e.g. https://rights-matrix.example.org/addin).
const DEV_URL = "https://localhost:3000";

/** Returns the manifest with every dev URL replaced by `url`, after checking `url` is usable. */
function manifestForUrl(xml, url) {
  if (!url) return xml;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`RIGHTS_MATRIX_URL="${url}" is not a URL. Set it to the https address the task pane is served from.`);
  }
  if (parsed.protocol !== "https:") throw new Error(`RIGHTS_MATRIX_URL="${url}" must start with https://: Office loads add-ins only over https.`);
  const base = url.replace(/\/+$/, "");
  // AppDomain takes an origin, not a path.
  return xml
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${parsed.origin}</AppDomain>`)
    .split(DEV_URL)
    .join(base);
}

module.exports = { DEV_URL, manifestForUrl };

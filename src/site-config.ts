/**
 * Settings a site that deploys this explainer may change. Everything else is content.
 */

/**
 * An optional raster tile layer under the map. Off (undefined) by default: the map draws its
 * own outlines and makes no third-party request. To turn it on, give a URL template and the
 * attribution the tile provider requires, and add the tile origin to `img-src` in the CSP
 * (src/outputs/csp.ts). Example:
 *   { url: 'https://tile.example.org/{z}/{x}/{y}.png', attribution: '© Example contributors' }
 */
export const mapTiles: { url: string; attribution: string } | undefined = undefined;

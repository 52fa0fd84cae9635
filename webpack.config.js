/**
 * Builds the Office add-in (dist/: taskpane.html, commands.html, result.html, assets, manifest.xml) and, with
 * `--env playground`, the browser playground (dist-playground/: index.html, the page and its worker).
 *
 *   webpack --mode production                      the add-in
 *   webpack --mode production --env playground     the playground
 *   webpack serve --env playground                 the playground on a dev server (port 3001)
 *   webpack serve                                  the add-in on https://localhost:3000 (office-addin-debugging)
 *
 * No eval in any mode (the pages' CSP forbids it), so source maps are separate files.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const webpack = require('webpack');

const root = __dirname;

/** What every bundle shares: TypeScript through ts-loader (type checking is tsc's job), ES modules so Fluent UI tree-shakes. */
function base(mode) {
  return {
    mode,
    devtool: 'source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs'] },
    module: {
      // exceljs' browser build is one prebuilt bundle: nothing to parse or resolve inside it.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.bare)?(\.min)?\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: true } } },
        },
      ],
    },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

function addin(mode, httpsServer = 'https') {
  const dev = mode !== 'production';
  return {
    ...base(mode),
    name: 'addin',
    target: 'web',
    entry: {
      taskpane: './src/taskpane/taskpane.tsx',
      commands: './src/commands/commands.ts',
      // The ribbon commands' result dialog (Office.context.ui.displayDialogAsync).
      result: './src/commands/result.ts',
    },
    output: { path: path.join(root, 'dist'), filename: '[name].js', clean: true },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'result.html', template: './src/commands/result.html', chunks: ['result'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', globOptions: { ignore: ['**/.*'] } },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      server: httpsServer,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      client: { overlay: false },
      hot: false,
      liveReload: dev,
    },
  };
}

function playgroundPage(mode) {
  return {
    ...base(mode),
    name: 'playground',
    target: 'web',
    entry: { playground: './src/playground/playground.tsx' },
    output: { path: path.join(root, 'dist-playground'), filename: '[name].js', clean: { keep: /pipeline\.worker\.js/ } },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/playground/index.html', chunks: ['playground'] }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets/sample.xlsx', to: 'sample.xlsx', noErrorOnMissing: true }] }),
    ],
    devServer: {
      port: 3001,
      host: '127.0.0.1',
      static: false,
      client: { overlay: false, webSocketURL: 'auto://0.0.0.0:0/ws' },
      hot: false,
    },
  };
}

/** The worker holds the workbook (exceljs) and runs the pipeline; it is its own bundle, loaded by URL. */
function playgroundWorker(mode) {
  return {
    ...base(mode),
    name: 'playground-worker',
    target: 'webworker',
    entry: { 'pipeline.worker': './src/playground/pipeline.worker.ts' },
    output: { path: path.join(root, 'dist-playground'), filename: '[name].js', clean: false },
  };
}

/**
 * The Chromium inside WPS. WPS add-ins run in the CEF (Chromium Embedded Framework) that WPS ships;
 * Kingsoft does not publish its version and neither the vendor's packages (wpsjs, et-jsapi-declare,
 * wpsjs-rpc-sdk-new) nor public pages we could read state it, and WPS 2019 builds still in use in
 * government offices are years older than today's Chrome. The WPS bundle therefore targets Chromium 53
 * (ES2015 plus ES2016's `**`; async functions, object spread, optional chaining and the like are
 * lowered by esbuild, library functions such as Object.fromEntries come from core-js), a floor below
 * any WPS 2019 or later build; the self-check (环境自检) reports the real version from the user agent.
 */
const WPS_CHROMIUM = 'chrome53';

/**
 * The WPS JS add-in (dist-wps/dutystats_<version>/): index.html + ribbon.xml + main.js (the ribbon
 * callbacks) + taskpane.html/taskpane.js (the React pane over the WPS host) + icons, every script
 * lowered for WPS's older Chromium. scripts/wps-package.ts then writes publish.xml, jsplugins.xml,
 * oem.ini lines and the install scripts next to the folder (docs/wps.md).
 */
function wpsAddin(mode) {
  const { version } = require('./package.json');
  const { EsbuildPlugin } = require('esbuild-loader');
  const lower = { loader: 'esbuild-loader', options: { target: WPS_CHROMIUM } };
  return {
    ...base(mode),
    name: 'wps',
    // webpack's own runtime code in ES2015 too.
    target: ['web', 'es2015'],
    entry: {
      main: ['core-js/stable', './src/commands/wps/main.ts'],
      taskpane: ['core-js/stable', './src/taskpane/wps-taskpane.tsx'],
    },
    output: { path: path.join(root, 'dist-wps', `dutystats_${version}`), filename: '[name].js', clean: true, environment: { arrowFunction: true, const: true, destructuring: true, forOf: true, optionalChaining: false, templateLiteral: true, asyncFunction: false } },
    module: {
      noParse: base(mode).module.noParse,
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'esbuild-loader', options: { target: WPS_CHROMIUM, tsconfig: path.join(root, 'tsconfig.json') } } },
        // Libraries (React, Fluent UI …) ship newer syntax: lower it too (core-js itself is already ES5).
        { test: /\.[cm]?js$/, exclude: /node_modules[\\/]core-js[\\/]/, use: lower },
      ],
    },
    optimization: { minimizer: [new EsbuildPlugin({ target: WPS_CHROMIUM })] },
    plugins: [
      // One script per page: the add-in folder is loaded from file: in an old Chromium, and the
      // package lists its files; a lazily loaded chunk (exceljs for 导入往年结果) is folded into its page.
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './wps/taskpane.html', chunks: ['taskpane'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'wps/index.html', to: 'index.html' },
          { from: 'wps/ribbon.xml', to: 'ribbon.xml' },
          { from: 'assets/*-32.png', to: 'images/[name][ext]' },
        ],
      }),
    ],
  };
}

/**
 * Office only loads add-ins from a trusted https origin: when serving the add-in, use the Office
 * development certificates (office-addin-dev-certs, as the Office add-in template does) if that
 * package is installed, else webpack-dev-server's own self-signed certificate.
 */
async function devHttpsServer() {
  try {
    const devCerts = require('office-addin-dev-certs');
    return { type: 'https', options: await devCerts.getHttpsServerOptions() };
  } catch {
    return 'https';
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || 'development';
  if (env.playground) return [playgroundPage(mode), playgroundWorker(mode)];
  if (env.wps) return wpsAddin(mode);
  return addin(mode, env.WEBPACK_SERVE ? await devHttpsServer() : 'https');
};

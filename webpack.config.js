// Builds the task pane into dist/: taskpane.html (and index.html, the standalone page), the
// JavaScript (first screen small; ExcelJS and later heavy parts in chunks loaded on demand),
// the icons and the manifest. `npm run build:web` for production, `npm start` for the dev server.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { manifestForUrl } = require("./scripts/manifest-url.cjs");

const DEV_PORT = 3000;

/**
 * https options for the dev server. Office loads add-ins only over https from a trusted
 * certificate. RIGHTS_MATRIX_DEV_CERTS=install (set by `npm start` on Windows and Mac, never under
 * CI) lets office-addin-dev-certs create and trust one, which may ask for your password. Otherwise
 * existing office-addin-dev-certs files are used if present, else a self-signed certificate that
 * browsers warn about: nothing is installed and nothing asks for sudo.
 */
async function devServerHttps() {
  if (process.env.RIGHTS_MATRIX_DEV_CERTS === "install" && !process.env.CI) {
    const devCerts = require("office-addin-dev-certs");
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  }
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const [cert, key, ca] = ["localhost.crt", "localhost.key", "ca.crt"].map((name) => path.join(dir, name));
  if ([cert, key, ca].every((file) => fs.existsSync(file))) {
    return { type: "https", options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca: fs.readFileSync(ca) } };
  }
  return "https";
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const html = (filename) =>
    new HtmlWebpackPlugin({ filename, template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], scriptLoading: "defer" });
  return {
    mode: production ? "production" : "development",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      // Chunks load relative to the page, so the task pane works from any folder it is deployed to.
      publicPath: "auto",
      clean: true,
    },
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`; here only transpile. ES modules so that
              // dynamic import() becomes a separate chunk.
              transpileOnly: true,
              compilerOptions: { module: "es2020", sourceMap: true, noEmit: false },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: { chunks: "all" },
    },
    performance: { hints: false },
    plugins: [
      html("taskpane.html"),
      html("index.html"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? manifestForUrl(content.toString("utf8"), process.env.RIGHTS_MATRIX_URL) : content),
          },
        ],
      }),
    ],
    devServer: process.env.WEBPACK_SERVE
      ? {
          port: DEV_PORT,
          server: await devServerHttps(),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          client: { overlay: { warnings: false, errors: true } },
        }
      : undefined,
  };
};

/**
 * The echotrace server: an HTTP JSON API and a web UI over an {@link org.echotrace.store.Store}, on Javalin.
 *
 * <p>How the pieces fit: {@link org.echotrace.server.EchotraceServer} builds one Javalin app from the route table in
 * {@code Routes}; each route's handler is a method of a per-resource class ({@code SearchApi}, {@code ArticleApi},
 * {@code StoryApi}, {@code OutletApi}, {@code StoreApi}, {@code WebAssets}) that reads its parameters through
 * {@code Params}, calls the store (through {@code StoreView}, so that tests can put a fake behind it) and writes JSON
 * through {@code ApiJson}. A handler refuses a request by throwing {@code ApiError}; {@code ErrorMapping} turns that,
 * and every other failure, into {@code {"error": "..."}} with its status. {@code RequestGuard} runs first on every
 * request: security headers, and Host and Origin checks on a loopback server. The web UI is four static files
 * ({@code web/index.html}, {@code app.js}, {@code app.css}, and {@code mark.js}, the highlighter it shares with the HTML
 * report) that draw everything from the API with DOM calls.
 * The server analyses nothing and fetches nothing: each answer is what the store holds.
 */
package org.echotrace.server;

package org.echotrace.server;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import org.echotrace.pipeline.Pipeline;

/**
 * The route table: every path the server answers, in one list. {@code openapi.json} describes each of them (a test
 * checks it). A path parameter in angle brackets ({@code <id>}) takes slashes, as article ids have them; the
 * {@code .../relations} route comes before the bare article route so that it wins. Immutable.
 */
final class Routes {
  /** One route: method, path, handler. */
  record Route(HandlerType method, String path, Handler handler) {}

  private Routes() {}

  /** @param pipeline the pipeline that analyses added documents, or null when adding is off */
  static List<Route> table(StoreView view, Pipeline pipeline) {
    SearchApi search = new SearchApi(view);
    ArticleApi articles = new ArticleApi(view);
    StoryApi stories = new StoryApi(view);
    OutletApi outlets = new OutletApi(view);
    StoreApi store = new StoreApi(view, pipeline);
    WebAssets web = new WebAssets();
    return List.of(
        get("/", web::index),
        get("/app.js", web::script),
        get("/mark.js", web::mark),
        get("/app.css", web::style),
        get("/openapi.json", web::openApi),
        get("/api/search", search::search),
        get("/api/articles", articles::list),
        get("/api/articles/<id>/relations", articles::relationsByPath),
        get("/api/articles/<id>", articles::byPath),
        get("/api/article", articles::byQuery),
        get("/api/relations", articles::relationsByQuery),
        get("/api/stories", stories::list),
        get("/api/story", stories::one),
        get("/api/outlets", outlets::list),
        get("/api/outlet", outlets::one),
        get("/api/edits", store::edits),
        get("/api/stats", store::stats),
        new Route(HandlerType.POST, "/api/add", store::add));
  }

  private static Route get(String path, Handler handler) {
    return new Route(HandlerType.GET, path, handler);
  }
}
